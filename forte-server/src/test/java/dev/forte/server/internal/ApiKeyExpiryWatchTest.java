package dev.forte.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.server.internal.storage.ApiKey;
import dev.forte.server.internal.storage.ApiKeyStore;
import dev.forte.server.internal.storage.MovableClock;
import dev.forte.server.internal.storage.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiKeyExpiryWatchTest {
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T12:00:00Z"));
    TestDatabases.Schema schema;
    ApiKeyStore keys;

    @BeforeEach
    void openStore() {
        schema = TestDatabases.embedded().newSchema();
        keys = new ApiKeyStore(schema.dataSource(), clock);
        keys.ensureTables();
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    @Test
    void warnsAWeekAndADayBeforeExpiryThenAtExpiryEachOnceNamingTheCommandThatExtendsIt() {
        ApiKey key = keys.create(30);
        ApiKeyExpiryWatch watch = new ApiKeyExpiryWatch(keys, key, clock);
        assertThat(watch.check()).isEmpty();

        clock.advance(Duration.ofDays(23).plusHours(1));
        assertThat(watch.check()).hasValueSatisfying(warning -> assertThat(warning)
                .contains(key.key() + ", expires in 6 days (at " + key.expiresAt() + ")")
                .contains("`forte api-key update " + key.key() + " --expires-in-days 30`"));
        assertThat(watch.check()).isEmpty();

        clock.advance(Duration.ofDays(6));
        assertThat(watch.check()).hasValueSatisfying(warning -> assertThat(warning).contains("expires in 23 hours"));
        assertThat(watch.check()).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(watch.check()).hasValueSatisfying(warning -> assertThat(warning)
                .contains(key.key() + ", expired at " + key.expiresAt()).contains("forte api-key update"));
        assertThat(watch.check()).isEmpty();
    }

    @Test
    void aWeekLongKeyWarnsOnlyADayBeforeNotAtStart() {
        ApiKey key = keys.ensureValidKey(7);
        ApiKeyExpiryWatch watch = new ApiKeyExpiryWatch(keys, key, clock);

        clock.advance(Duration.ofMinutes(1));
        assertThat(watch.check()).isEmpty();
        clock.advance(Duration.ofDays(5));
        assertThat(watch.check()).isEmpty();
        clock.advance(Duration.ofDays(1).plusHours(1));
        assertThat(watch.check()).hasValueSatisfying(warning -> assertThat(warning).contains("expires in 22 hours"));
    }

    @Test
    void warnsAgainWhenAnExtendedKeyNearsItsNewExpiry() {
        ApiKey key = keys.ensureValidKey(7);
        ApiKeyExpiryWatch watch = new ApiKeyExpiryWatch(keys, key, clock);
        clock.advance(Duration.ofDays(6).plusHours(12));
        assertThat(watch.check()).isPresent();

        keys.update(key.key(), clock.instant().plus(Duration.ofDays(10)), null);
        assertThat(watch.check()).isEmpty();
        clock.advance(Duration.ofDays(9).plusHours(1));

        assertThat(watch.check()).hasValueSatisfying(warning -> assertThat(warning).contains("expires in 23 hours"));
    }

    @Test
    void saysOnceThatTheKeyWasDeleted() {
        ApiKey key = keys.ensureValidKey(7);
        ApiKeyExpiryWatch watch = new ApiKeyExpiryWatch(keys, key, clock);

        keys.delete(key.key());

        assertThat(watch.check()).hasValueSatisfying(warning -> assertThat(warning)
                .contains(key.key() + ", was deleted").contains("forte api-key create"));
        assertThat(watch.check()).isEmpty();
    }
}
