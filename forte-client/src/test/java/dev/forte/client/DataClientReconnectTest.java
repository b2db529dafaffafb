package dev.forte.client;

import static dev.forte.client.DataClientSubscriptionTest.next;
import static dev.forte.client.DataClientSubscriptionTest.nextData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscription outlives a server restart: it reports the dropped connection, reconnects to the restarted server
 * (same port, same data directory, so the same CA), starts again and receives.
 */
class DataClientReconnectTest {
    @TempDir
    Path dataDirectory;
    private ForteServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void reconnectsAfterTheServerRestartsAndSaysSo() throws Exception {
        ForteConfig config = ForteConfig.builder(TodoTestBackend.define()).dataDirectory(dataDirectory).build();
        server = ForteServer.start(config);
        ForteConfig samePort = config.toBuilder().port(server.port()).build();
        DataClient client = DataClient.builder().endpoint(server.graphqlEndpoint())
                .apiKey(Objects.requireNonNull(server.apiKey()))
                .trustCertificate(Objects.requireNonNull(server.caCertificate())).build();
        try (GraphqlSubscription created = client.models().get("Todo").onCreate(null)) {
            assertThat(next(created)).isInstanceOf(SubscriptionEvent.Started.class);

            server.close();
            server = null;
            assertThat(next(created)).isInstanceOf(SubscriptionEvent.Reconnecting.class);
            server = ForteServer.start(samePort);

            SubscriptionEvent event = next(created);
            while (event instanceof SubscriptionEvent.Reconnecting) {
                event = next(created);
            }
            assertThat(event).isInstanceOf(SubscriptionEvent.Started.class);
            client.models().get("Todo").create(Map.of("name", "after the restart"));
            assertThat(nextData(created).item()).containsEntry("name", "after the restart");
        }
    }
}
