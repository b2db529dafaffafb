package dev.forte.server.internal.storage;

import java.time.Instant;

/** An API key ({@code da2-...}) and its lifetime. */
public record ApiKey(String key, Instant createdAt, Instant expiresAt) {
    /** Returns true when the key is still valid at {@code now}. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
