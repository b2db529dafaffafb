package dev.forte.server.internal.auth;

import java.util.Map;

/**
 * The verified caller of one request: its auth mode and what the mode proved. Resolvers read it from the
 * GraphQL context; SigV4 principals and JWT claims join it as their modes land.
 *
 * @param claims what the credential says about the caller (JWT claims, IAM principal); empty for an API key
 */
public record RequestIdentity(AuthMode mode, Map<String, Object> claims) {

    public RequestIdentity {
        claims = Map.copyOf(claims);
    }

    /** Returns the identity of a caller holding a valid API key. */
    public static RequestIdentity apiKey() {
        return new RequestIdentity(AuthMode.API_KEY, Map.of());
    }
}
