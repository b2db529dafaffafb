package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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

    @Test
    void listsUpdatesAndDeletesKeysWithTheirDescriptions() {
        ApiKey first = keys.ensureValidKey(7);
        ApiKey second = keys.create(Instant.parse("2027-01-01T00:00:00Z"), "mobile app");

        assertThat(keys.list()).containsExactly(second, first);
        ApiKey extended = keys.update(first.key(), Instant.parse("2027-06-01T10:00:00Z"), "web").orElseThrow();
        assertThat(extended).isEqualTo(new ApiKey(first.key(), first.createdAt(),
                Instant.parse("2027-06-01T10:00:00Z"), "web"));
        assertThat(keys.update(second.key(), null, "").orElseThrow().description()).isNull();
        assertThat(keys.update(second.key(), null, null).orElseThrow().expiresAt()).isEqualTo(second.expiresAt());

        assertThat(keys.delete(first.key())).isTrue();
        assertThat(keys.find(first.key())).isEmpty();
        assertThat(keys.delete(first.key())).isFalse();
        assertThat(keys.update(first.key(), null, "gone")).isEmpty();
        assertThat(keys.list()).extracting(ApiKey::key).containsExactly(second.key());
    }

    @Test
    void anExpiredKeyIsListedAndCanBeExtended() {
        ApiKey key = keys.ensureValidKey(1);
        clock.advance(Duration.ofDays(2));

        assertThat(keys.find(key.key())).isEmpty();
        assertThat(keys.get(key.key())).contains(key);
        keys.update(key.key(), clock.instant().plus(Duration.ofDays(3)), null);
        assertThat(keys.find(key.key())).isPresent();
    }
}
