/**
 * Forte's Cognito identity pool: {@code GetId} and {@code GetCredentialsForIdentity} as aws-amplify calls them, giving
 * guests and users signed in with the backend's user pool temporary IAM credentials for the API.
 */
@NullMarked
package dev.forte.server.internal.identitypool;

import org.jspecify.annotations.NullMarked;
