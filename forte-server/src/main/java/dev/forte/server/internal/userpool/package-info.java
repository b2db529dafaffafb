/**
 * Forte's local Cognito user pool API (AWS JSON 1.1, {@code AWSCognitoIdentityProviderService.*}): sign-up,
 * confirmation, SRP and password sign-in, refresh, sign-out and password changes, for aws-amplify's Auth category.
 */
@NullMarked
package dev.forte.server.internal.userpool;

import org.jspecify.annotations.NullMarked;
