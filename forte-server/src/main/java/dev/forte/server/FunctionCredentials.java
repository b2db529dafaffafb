package dev.forte.server;

import java.time.Instant;

/**
 * Temporary AWS credentials of one function, in the shape of an STS session: what its worker gets as
 * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}.
 *
 * @param accessKeyId 20 characters starting with {@code ASIA}, as AWS's temporary keys do
 * @param secretAccessKey 40 characters; never log it
 * @param expiration the first instant at which the API refuses them
 */
public record FunctionCredentials(String accessKeyId, String secretAccessKey, String sessionToken,
        Instant expiration) {

    @Override
    public String toString() {
        return "FunctionCredentials[accessKeyId=" + accessKeyId + ", expiration=" + expiration + "]";
    }
}
