/**
 * What Forte's two Cognito services (the user pool and the identity pool) share: the AWS JSON 1.1 service seam
 * the HTTP layer serves, and the refusal every operation may answer with.
 */
@NullMarked
package dev.forte.server.internal.cognito;

import org.jspecify.annotations.NullMarked;
