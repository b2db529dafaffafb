package dev.forte.server;

import java.net.URI;

/**
 * The Cognito identity pool a server runs for a backend with {@code defineAuth()}: what aws-amplify needs as
 * {@code Auth.Cognito.identityPoolEndpoint}, {@code identityPoolId} and {@code allowGuestAccess}.
 *
 * @param endpoint where the pool answers {@code GetId} and {@code GetCredentialsForIdentity}, e.g.
 *     {@code http://127.0.0.1:20002/cognito-identity/}
 * @param identityPoolId {@code <region>:<uuid>}, kept in the database across restarts
 * @param guestAccess whether guests (unauthenticated identities) get credentials
 */
public record IdentityPoolEndpoint(URI endpoint, String identityPoolId, boolean guestAccess) {}
