package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class ApiKeyStoreTest {
    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T12:00:00Z"));
    ApiKeyStore keys;

    @BeforeEach
    void openStore() {
        schema = database.newSchema();
        new ModelTableMigrator(schema.dataSource()).migrate(TestSchemas.schema(), false);
        keys = new ApiKeyStore(schema.dataSource(), clock);
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    @Test
    void createsAKeyShapedLikeAppSyncsOnce() {
        ApiKey key = keys.ensureValidKey(7);

        assertThat(key.key()).matches("da2-[a-z0-9]{26}");
        assertThat(key.expiresAt()).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
        assertThat(keys.ensureValidKey(7)).isEqualTo(key);
        assertThat(keys.find(key.key())).contains(key);
    }

    @Test
    void neverReturnsAnExpiredKey() {
        ApiKey old = keys.ensureValidKey(1);
        clock.advance(Duration.ofDays(1));

        assertThat(keys.find(old.key())).isEmpty();
        ApiKey fresh = keys.ensureValidKey(30);
        assertThat(fresh.key()).isNotEqualTo(old.key());
        assertThat(keys.find(fresh.key())).contains(fresh);
    }

    @Test
    void findsNothingForAnUnknownKey() {
        keys.ensureValidKey(7);
        assertThat(keys.find("da2-00000000000000000000000000")).isEmpty();
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
