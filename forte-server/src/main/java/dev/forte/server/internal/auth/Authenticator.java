package dev.forte.server.internal.auth;

/** Verifies the credentials of a request in one auth mode. */
@FunctionalInterface
public interface Authenticator {

    /**
     * Returns the verified identity of the caller.
     *
     * @throws AuthenticationException when the credentials are missing, invalid or expired
     */
    RequestIdentity authenticate(AuthRequest request);
}
