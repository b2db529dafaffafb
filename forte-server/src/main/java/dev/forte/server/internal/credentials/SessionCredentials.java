package dev.forte.server.internal.credentials;

import java.time.Instant;

/**
 * Temporary credentials issued to an identity-pool caller, in the shape of Cognito's {@code Credentials}.
 *
 * @param accessKeyId 20 characters starting with {@code ASIA}
 * @param expiration the first instant at which the API refuses them
 */
public record SessionCredentials(String accessKeyId, String secretKey, String sessionToken, Instant expiration) {

    /** Names the key and expiry only: secrets never reach a log. */
    @Override
    public String toString() {
        return "SessionCredentials[accessKeyId=" + accessKeyId + ", expiration=" + expiration + "]";
    }
}
