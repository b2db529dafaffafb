package dev.forte.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.schema.ResourceOperation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java subscriber against a real server over real TLS (trusting the server's local CA) and PostgreSQL. */
class DataClientSubscriptionTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dataDirectory;
    private static TodoTestServer server;
    private static DataClient client;

    @BeforeAll
    static void startServer() {
        server = TodoTestServer.start(dataDirectory);
        client = server.apiKeyClient();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void derivesTheRealtimeEndpointAsAmplifyJsDoes() {
        assertThat(client.realtimeEndpoint()).isEqualTo(server.server().realtimeEndpoint());
    }

    @Test
    void receivesTheCreatedTodoThenCancels() throws Exception {
        ModelClient todos = client.models().get("Todo");
        try (GraphqlSubscription created = todos.onCreate(null)) {
            assertThat(next(created)).isInstanceOf(SubscriptionEvent.Started.class);

            todos.create(Map.of("name", "delivered to Java"));

            SubscriptionEvent.Data data = nextData(created);
            assertThat(data.item()).containsEntry("name", "delivered to Java").containsKeys("id", "isDone", "priority");
            assertThat(data.response().data().path("onCreateTodo").path("name").asText()).isEqualTo("delivered to Java");
            created.cancel();
            assertThat(created.isDone()).isTrue();
        }
    }

    @Test
    void receivesOnlyTodosMatchingTheFilter() throws Exception {
        ModelClient todos = client.models().get("Todo");
        try (GraphqlSubscription high = todos.onCreate(Map.of("priority", Map.of("eq", "HIGH")))) {
            assertThat(next(high)).isInstanceOf(SubscriptionEvent.Started.class);

            todos.create(Map.of("name", "low one", "priority", "LOW"));
            todos.create(Map.of("name", "high one", "priority", "HIGH"));

            assertThat(nextData(high).item()).containsEntry("name", "high one");
        }
    }

    @Test
    void aFunctionGrantedListenSubscribesWithSigV4AndReceives() throws Exception {
        DataClient function = server.functionClient(ResourceOperation.LISTEN, ResourceOperation.MUTATE);
        try (GraphqlSubscription created = function.graphqlSubscribe(
                "subscription { onCreateTodo { id name } }", Map.of())) {
            assertThat(next(created)).isInstanceOf(SubscriptionEvent.Started.class);

            function.models().get("Todo").create(Map.of("name", "signed and delivered"));

            assertThat(nextData(created).item()).containsEntry("name", "signed and delivered");
        }
    }

    @Test
    void aFunctionGrantedOnlyQueryIsRefusedAsUnauthorized() throws Exception {
        DataClient reader = server.functionClient(ResourceOperation.QUERY);
        try (GraphqlSubscription refused = reader.graphqlSubscribe("subscription { onCreateTodo { id } }", Map.of())) {
            SubscriptionEvent event = next(refused);

            assertThat(event).isInstanceOf(SubscriptionEvent.Failed.class);
            assertThat(((SubscriptionEvent.Failed) event).errors()).extracting(GraphqlError::errorType)
                    .containsExactly("Unauthorized");
            assertThat(refused.isDone()).isTrue();
        }
    }

    @Test
    void withoutTrustingTheLocalCaTheConnectionFailsAndSaysSo() throws Exception {
        DataClient untrusting = DataClient.builder().endpoint(server.server().graphqlEndpoint())
                .apiKey(Objects.requireNonNull(server.server().apiKey())).build();
        try (GraphqlSubscription subscription = untrusting.models().get("Todo").onCreate(null)) {
            SubscriptionEvent event = next(subscription);

            assertThat(event).isInstanceOf(SubscriptionEvent.Reconnecting.class);
            assertThat(((SubscriptionEvent.Reconnecting) event).reason()).containsIgnoringCase("certificat");
        }
    }

    static SubscriptionEvent next(GraphqlSubscription subscription) throws InterruptedException {
        return subscription.poll(WAIT).orElseThrow(() -> new AssertionError("No subscription event within " + WAIT));
    }

    static SubscriptionEvent.Data nextData(GraphqlSubscription subscription) throws InterruptedException {
        SubscriptionEvent event = next(subscription);
        assertThat(event).isInstanceOf(SubscriptionEvent.Data.class);
        return (SubscriptionEvent.Data) event;
    }
}
