package dev.forte.client;

import static dev.forte.client.DataClientSubscriptionTest.next;
import static dev.forte.client.DataClientSubscriptionTest.nextData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.client.TypedModelClientEndToEndTest.Todo;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subscription outlives a server restart: it reports the dropped connection, reconnects to the restarted server
 * (same port, same data directory, so the same CA), starts again and receives; a typed one hands on the next item.
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
        ForteConfig samePort = startServer();
        DataClient client = client();
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

    @Test
    void aTypedSubscriptionSkipsTheReconnectAndDeliversTheNextItem() throws Exception {
        ForteConfig samePort = startServer();
        TypedModelClient<Todo> todos = client().models(Todo.class);
        ScheduledExecutorService creator = Executors.newSingleThreadScheduledExecutor();
        try (TypedSubscription<Todo> created = todos.onCreate(null)) {
            server.close();
            server = ForteServer.start(samePort);
            // The queue now holds Started, Reconnecting (the drop) and later Started again before any item; creates
            // until one is delivered, since those before the subscription started again are not.
            creator.scheduleWithFixedDelay(() -> todos.create(Todo.named("after the restart")), 0, 200,
                    TimeUnit.MILLISECONDS);

            Optional<Todo> first = created.nextItem(Duration.ofSeconds(30));

            assertThat(first).hasValueSatisfying(todo -> assertThat(todo.name()).isEqualTo("after the restart"));
        } finally {
            creator.shutdown();
            assertThat(creator.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Starts the server; returns its configuration pinned to the port it got, to restart it there. */
    private ForteConfig startServer() {
        ForteConfig config = ForteConfig.builder(TodoTestBackend.define()).dataDirectory(dataDirectory).build();
        server = ForteServer.start(config);
        return config.toBuilder().port(server.port()).build();
    }

    private DataClient client() {
        return DataClient.builder().endpoint(server.graphqlEndpoint()).apiKey(Objects.requireNonNull(server.apiKey()))
                .trustCertificate(Objects.requireNonNull(server.caCertificate())).build();
    }
}
