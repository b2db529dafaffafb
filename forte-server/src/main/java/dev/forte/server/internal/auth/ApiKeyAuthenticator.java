package dev.forte.server.internal.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks {@code x-api-key} against the key store. Lookups are cached briefly; the expiry travels with the cached
 * entry and is checked on every request, so a key is never accepted past its expiry.
 */
public final class ApiKeyAuthenticator implements Authenticator {
    static final String NOT_AUTHORIZED = "You are not authorized to make this call.";
    private static final Duration CACHE_TIME = Duration.ofSeconds(30);

    private final ApiKeyLookup lookup;
    private final Clock clock;
    private final Cache<String, Optional<Instant>> expiries;

    public ApiKeyAuthenticator(ApiKeyLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
        this.expiries = Caffeine.newBuilder().expireAfterWrite(CACHE_TIME).maximumSize(10_000).build();
    }

    @Override
    public RequestIdentity authenticate(AuthRequest request) {
        String key = request.header("x-api-key");
        if (key == null || key.isEmpty()) {
            throw AuthenticationException.unauthorized(RequestAuthenticator.NO_CREDENTIALS);
        }
        Optional<Instant> expiry = expiries.get(key, lookup::expiry);
        if (expiry.isEmpty() || !clock.instant().isBefore(expiry.get())) {
            throw AuthenticationException.unauthorized(NOT_AUTHORIZED);
        }
        return RequestIdentity.apiKey();
    }
}
