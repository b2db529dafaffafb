package dev.forte.server.internal.auth;

import java.time.Instant;
import java.util.Optional;

/** Finds an API key ({@code da2-...}) in the key store. */
@FunctionalInterface
public interface ApiKeyLookup {

    /** Returns when {@code key} expires, or empty when no such key was ever issued. */
    Optional<Instant> expiry(String key);
}
