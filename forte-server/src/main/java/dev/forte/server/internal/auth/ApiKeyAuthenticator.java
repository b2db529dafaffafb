package dev.forte.server.internal.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks {@code x-api-key} against the key store. Lookups are cached briefly; the expiry travels with the cached
 * entry and is checked on every request, so a key is never accepted past its expiry. Whoever learns that keys
 * changed (the change feed, for every node on the database) calls {@link #forgetKeys}, so a deleted key is refused
 * and a new or extended one accepted at once rather than after the cache time.
 */
public final class ApiKeyAuthenticator implements Authenticator {
    static final String NOT_AUTHORIZED = "You are not authorized to make this call.";
    private static final Duration CACHE_TIME = Duration.ofSeconds(30);

    private final ApiKeyLookup lookup;
    private final Clock clock;
    private final Cache<String, Lookup> expiries;
    /** Counts {@link #forgetKeys} calls: a lookup that began before the latest one may have read the old keys. */
    private final AtomicLong generation = new AtomicLong();

    public ApiKeyAuthenticator(ApiKeyLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
        this.expiries = Caffeine.newBuilder().expireAfterWrite(CACHE_TIME).maximumSize(10_000).build();
    }

    /** Forgets every cached lookup: keys were created, changed or deleted. */
    public void forgetKeys() {
        generation.incrementAndGet();
        expiries.invalidateAll();
    }

    @Override
    public RequestIdentity authenticate(AuthRequest request) {
        String key = request.header("x-api-key");
        if (key == null || key.isEmpty()) {
            throw AuthenticationException.unauthorized(RequestAuthenticator.NO_CREDENTIALS);
        }
        Lookup found = expiries.get(key, this::lookUp);
        if (found.generation() != generation.get()) {
            expiries.invalidate(key);
            found = lookUp(key);
        }
        Optional<Instant> expiry = found.expiry();
        if (expiry.isEmpty() || !clock.instant().isBefore(expiry.get())) {
            throw AuthenticationException.unauthorized(NOT_AUTHORIZED);
        }
        return RequestIdentity.apiKey();
    }

    private Lookup lookUp(String key) {
        long before = generation.get();
        return new Lookup(lookup.expiry(key), before);
    }

    /** A key's expiry as read from the store, and the {@link #generation} it was read in. */
    private record Lookup(Optional<Instant> expiry, long generation) {}
}
