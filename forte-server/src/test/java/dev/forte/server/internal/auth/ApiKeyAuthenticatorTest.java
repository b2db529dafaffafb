package dev.forte.server.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApiKeyAuthenticatorTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final String KEY = "da2-aaaaaaaaaaaaaaaaaaaaaaaaaa";

    final Map<String, Instant> stored = new ConcurrentHashMap<>();
    final AtomicInteger lookups = new AtomicInteger();
    final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(key -> {
        lookups.incrementAndGet();
        return Optional.ofNullable(stored.get(key));
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void cachesLookupsUntilTheKeysChange() {
        stored.put(KEY, NOW.plusSeconds(3600));
        authenticator.authenticate(request(KEY));
        authenticator.authenticate(request(KEY));
        assertThat(lookups).hasValue(1);

        stored.remove(KEY);
        authenticator.authenticate(request(KEY));
        authenticator.forgetKeys();

        assertThatThrownBy(() -> authenticator.authenticate(request(KEY))).isInstanceOf(AuthenticationException.class);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void acceptsAKeyCreatedAfterItWasRefusedOnceTheKeysChange() {
        assertThatThrownBy(() -> authenticator.authenticate(request(KEY))).isInstanceOf(AuthenticationException.class);
        stored.put(KEY, NOW.plusSeconds(3600));
        authenticator.forgetKeys();

        assertThat(authenticator.authenticate(request(KEY))).isEqualTo(RequestIdentity.apiKey());
    }

    private static AuthRequest request(String key) {
        return new AuthRequest("POST", "/graphql", Map.of("x-api-key", key), new byte[0]);
    }
}
