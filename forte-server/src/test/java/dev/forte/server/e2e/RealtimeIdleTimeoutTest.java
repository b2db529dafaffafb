package dev.forte.server.e2e;

import static dev.forte.server.e2e.RealtimeFixture.apiKeyHeader;
import static dev.forte.server.e2e.RealtimeFixture.headerSubprotocol;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A realtime connection that holds no subscription for the configured connection timeout is closed. */
class RealtimeIdleTimeoutTest {
    @TempDir
    static Path dataDirectory;
    private static ForteServer server;

    @BeforeAll
    static void startServer() {
        server = ForteServer.start(ForteConfig.builder(RealtimeFixture.todoBackend()).dataDirectory(dataDirectory)
                .realtimeConnectionTimeout(Duration.ofMillis(1500)).realtimeKeepAlive(Duration.ofMillis(500))
                .build());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void closesAConnectionWithoutSubscriptionsAfterTheConnectionTimeout() throws Exception {
        try (RealtimeTestClient client = connect()) {
            client.send("{\"type\":\"connection_init\"}");
            assertThat(client.next().path("payload").path("connectionTimeoutMs").asLong()).isEqualTo(1500);

            assertThat(client.awaitClose()).isEqualTo(1000);
        }
        try (RealtimeTestClient client = connect()) {
            assertThat(client.initialized().nextOfType("ka").toString()).isEqualTo("{\"type\":\"ka\"}");
        }
    }

    @Test
    void keepsAConnectionWithASubscriptionOpenWithKeepAlives() throws Exception {
        try (RealtimeTestClient client = connect().initialized()) {
            client.send(RealtimeFixture.start("kept", RealtimeFixture.data(RealtimeFixture.ON_CREATE,
                    java.util.Map.of()), apiKeyHeader(server, apiKey())));
            assertThat(client.nextOfType("start_ack").path("id").asText()).isEqualTo("kept");

            for (int i = 0; i < 8; i++) {
                client.nextOfType("ka");
            }

            assertThat(client.isClosed()).isFalse();
        }
    }

    private static RealtimeTestClient connect() {
        return RealtimeTestClient.connect(Objects.requireNonNull(server.caCertificate()), server.realtimeEndpoint(),
                "graphql-ws", headerSubprotocol(apiKeyHeader(server, apiKey())));
    }

    private static String apiKey() {
        return String.valueOf(server.apiKey());
    }
}
