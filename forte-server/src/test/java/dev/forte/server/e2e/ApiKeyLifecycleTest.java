package dev.forte.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.ForteException;
import dev.forte.server.ApiKeys;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.internal.storage.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keys managed through {@link ApiKeys} while two API nodes serve the database: both accept a new key at once and
 * refuse a deleted one well within the 30 seconds they would otherwise have cached it.
 */
@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class ApiKeyLifecycleTest {
    private static final String LIST = "{ listTodos { items { id } } }";
    /** Shorter than the nodes' cache time, so only the change notification can explain a refusal within it. */
    private static final Duration WITHIN_CACHE_TIME = Duration.ofSeconds(20);

    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    ForteServer nodeA;
    ForteServer nodeB;
    ApiKeys keys;

    @BeforeEach
    void startTwoNodes() throws Exception {
        schema = database.newSchema();
        nodeA = ForteServer.start(config(Files.createTempDirectory("forte-node-a")));
        nodeB = ForteServer.start(config(Files.createTempDirectory("forte-node-b")));
        keys = ApiKeys.open(Files.createTempDirectory("forte-keys"), jdbcUrl());
    }

    @AfterEach
    void stop() {
        keys.close();
        nodeA.close();
        nodeB.close();
        schema.close();
    }

    @Test
    void bothNodesAcceptACreatedKeyAtOnceAndRefuseItOnceDeleted() throws Exception {
        ApiKeys.Key key = keys.create(Instant.now().plus(Duration.ofDays(30)), "e2e");

        assertThat(status(nodeA, key.id())).isEqualTo(200);
        assertThat(status(nodeB, key.id())).isEqualTo(200);
        keys.delete(key.id());

        assertThat(refusedWithinCacheTime(nodeA, key.id())).isTrue();
        assertThat(refusedWithinCacheTime(nodeB, key.id())).isTrue();
    }

    @Test
    void listsTheNodesKeyAndUpdatesItsExpiryAndDescription() {
        ApiKeys.Key announced = keys.list().get(0);
        assertThat(announced.id()).isEqualTo(nodeA.apiKey());

        Instant later = Instant.now().plus(Duration.ofDays(90));
        ApiKeys.Key updated = keys.update(announced.id(), later, "the nodes' key");

        assertThat(updated.expires()).isEqualTo(later.truncatedTo(ChronoUnit.HOURS));
        assertThat(updated.description()).isEqualTo("the nodes' key");
        assertThat(keys.list()).containsExactly(updated);
    }

    @Test
    void refusesExpiriesOutsideAppSyncsLimitsAndUnknownKeys() {
        Instant now = Instant.now();

        assertThatThrownBy(() -> keys.create(now.plus(Duration.ofHours(23)), null)).isInstanceOf(ForteException.class)
                .hasMessageContaining("between 1 and 365 days from now, in whole hours");
        assertThatThrownBy(() -> keys.create(now.plus(Duration.ofDays(366)), null))
                .hasMessageContaining("between 1 and 365 days from now");
        assertThatThrownBy(() -> keys.update("da2-nosuchkey", null, "x")).hasMessageContaining("no API key "
                + "da2-nosuchkey").hasMessageContaining("forte api-key list");
        Instant aDayAhead = now.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(30));
        assertThat(keys.create(aDayAhead, null).expires()).isEqualTo(aDayAhead.truncatedTo(ChronoUnit.HOURS));
    }

    private boolean refusedWithinCacheTime(ForteServer node, String key) throws Exception {
        long deadline = System.nanoTime() + WITHIN_CACHE_TIME.toNanos();
        while (System.nanoTime() < deadline) {
            if (status(node, key) == 401) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static int status(ForteServer node, String key) throws Exception {
        return new ApiClient(node.graphqlEndpoint(), key).post("{\"query\":\"" + LIST + "\"}").statusCode();
    }

    private ForteConfig config(Path dataDirectory) {
        return ForteConfig.builder(TestBackends.todo()).dataDirectory(dataDirectory).jdbcUrl(jdbcUrl()).build();
    }

    private String jdbcUrl() {
        String url = database.postgres().jdbcUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.name();
    }
}
