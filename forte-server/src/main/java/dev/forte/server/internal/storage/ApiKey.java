package dev.forte.server.internal.storage;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API key ({@code da2-...}), its lifetime and the description its operator gave it (AppSync's). */
public record ApiKey(String key, Instant createdAt, Instant expiresAt, @Nullable String description) {
    /** Returns a key without description. */
    public ApiKey(String key, Instant createdAt, Instant expiresAt) {
        this(key, createdAt, expiresAt, null);
    }

    /** Returns true when the key is still valid at {@code now}. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
