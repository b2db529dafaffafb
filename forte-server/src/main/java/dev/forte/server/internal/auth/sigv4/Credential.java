package dev.forte.server.internal.auth.sigv4;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What Forte issued for one access key id.
 *
 * @param sessionToken the token the caller must send as {@code x-amz-security-token}, or null for a long-term key
 * @param expiresAt the first instant at which the key is no longer accepted
 * @param principal who signs with this key; returned in {@link SigV4Result.Verified}
 */
public record Credential<P>(String secretAccessKey, @Nullable String sessionToken, Instant expiresAt, P principal) {

    /** Names the principal and expiry only: secrets never reach a log. */
    @Override
    public String toString() {
        return "Credential[principal=" + principal + ", expiresAt=" + expiresAt + "]";
    }
}
