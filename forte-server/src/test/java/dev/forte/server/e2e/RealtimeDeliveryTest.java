package dev.forte.server.e2e;

import static dev.forte.server.e2e.RealtimeFixture.CREATE;
import static dev.forte.server.e2e.RealtimeFixture.ON_CREATE;
import static dev.forte.server.e2e.RealtimeFixture.apiKeyHeader;
import static dev.forte.server.e2e.RealtimeFixture.data;
import static dev.forte.server.e2e.RealtimeFixture.headerSubprotocol;
import static dev.forte.server.e2e.RealtimeFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed mutations reach matching subscriptions over real TLS, real PostgreSQL and the server's change feed:
 * filters, selection-set shaping, order, and a client that stops reading disconnected while others keep receiving.
 */
class RealtimeDeliveryTest {
    private static final int QUEUE_LIMIT = 16;
    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer() {
        server = ForteServer.start(ForteConfig.builder(RealtimeFixture.todoBackend()).dataDirectory(dataDirectory)
                .realtimeQueueLimit(QUEUE_LIMIT).build());
        api = new ApiClient(server.graphqlEndpoint(), server.apiKey());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void deliversACreatedTodoShapedToTheSubscriptionsSelection() throws Exception {
        try (RealtimeTestClient client = subscribed("all", Map.of(),
                "subscription { onCreateTodo { name priority } }")) {
            create("shaped", "LOW");

            JsonNode data = client.nextExceptKeepAlive();
            assertThat(data.toString()).isEqualTo("{\"id\":\"all\",\"type\":\"data\",\"payload\":{\"data\":"
                    + "{\"onCreateTodo\":{\"name\":\"shaped\",\"priority\":\"LOW\"}}}}");
        }
    }

    @Test
    void aFilterOnPriorityReceivesOnlyMatchingTodos() throws Exception {
        try (RealtimeTestClient client = subscribed("high", Map.of("filter",
                Map.of("priority", Map.of("eq", "HIGH"))), ON_CREATE)) {
            create("low", "LOW");
            create("high", "HIGH");
            create("medium", "MEDIUM");
            create("high again", "HIGH");

            assertThat(client.nextExceptKeepAlive().path("payload").path("data").path("onCreateTodo").path("name")
                    .asText()).isEqualTo("high");
            assertThat(client.nextExceptKeepAlive().path("payload").path("data").path("onCreateTodo").path("name")
                    .asText()).isEqualTo("high again");
        }
    }

    @Test
    void inAndOrFiltersSelectAsAppSyncDoes() throws Exception {
        Map<String, Object> filter = Map.of("or", List.of(Map.of("priority", Map.of("in", List.of("LOW", "MEDIUM"))),
                Map.of("name", Map.of("beginsWith", "pick"))));
        try (RealtimeTestClient client = subscribed("or", Map.of("filter", filter), ON_CREATE)) {
            create("skip me", "HIGH");
            create("pick me", "HIGH");
            create("low", "LOW");

            assertThat(names(client, 2)).containsExactly("pick me", "low");
        }
    }

    @Test
    void updatesAndDeletesReachTheSubscriptionsOfTheirMutation() throws Exception {
        try (RealtimeTestClient updates = subscribed("updates", Map.of(),
                "subscription { onUpdateTodo { id name } }");
                RealtimeTestClient deletes = subscribed("deletes", Map.of(),
                        "subscription { onDeleteTodo { id name } }")) {
            String id = api.graphql(CREATE, Map.of("input", Map.of("name", "to change", "priority", "LOW")))
                    .path("data").path("createTodo").path("id").asText();
            api.graphql("mutation($input: UpdateTodoInput!) { updateTodo(input: $input) { id } }",
                    Map.of("input", Map.of("id", id, "name", "changed")));
            api.graphql("mutation($input: DeleteTodoInput!) { deleteTodo(input: $input) { id } }",
                    Map.of("input", Map.of("id", id)));

            assertThat(updates.nextOfType("data").path("payload").path("data").path("onUpdateTodo").toString())
                    .isEqualTo("{\"id\":\"" + id + "\",\"name\":\"changed\"}");
            assertThat(deletes.nextOfType("data").path("payload").path("data").path("onDeleteTodo").toString())
                    .isEqualTo("{\"id\":\"" + id + "\",\"name\":\"changed\"}");
        }
    }

    @Test
    void eachSubscriptionReceivesChangesInCommitOrder() throws Exception {
        try (RealtimeTestClient client = subscribed("ordered", Map.of(), ON_CREATE)) {
            List<String> created = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                created.add("todo " + i);
                create("todo " + i, "LOW");
            }

            assertThat(names(client, 20)).containsExactlyElementsOf(created);
        }
    }

    /**
     * 200 changes of 100 KB each are far more than the socket buffers and the queue limit (16) hold, so the server
     * must give up on the client that stopped reading; the other subscriber receives every change meanwhile.
     */
    @Test
    void aClientThatStopsReadingIsDisconnectedWhileOthersKeepReceiving() throws Exception {
        int changes = 200;
        try (RealtimeTestClient slow = subscribed("slow", Map.of(), "subscription { onCreateTodo { name description } }");
                RealtimeTestClient healthy = subscribed("healthy", Map.of(), ON_CREATE)) {
            slow.reading(false);
            String description = "x".repeat(100_000);
            for (int i = 0; i < changes; i++) {
                createWithDescription("bulk " + i, description);
                assertThat(healthy.nextOfType("data").path("payload").path("data").path("onCreateTodo")
                        .path("name").asText()).isEqualTo("bulk " + i);
            }

            slow.reading(true);
            List<JsonNode> received = slow.drainUntilClosed();

            assertThat(received.stream().filter(message -> message.path("type").asText().equals("data")))
                    .hasSizeLessThan(changes);
            received.stream().filter(message -> message.path("type").asText().equals("connection_error"))
                    .forEach(error -> assertThat(error.path("payload").path("errors").get(0).path("errorType")
                            .asText()).isEqualTo("LimitExceededError"));
            create("after the slow one left", "HIGH");
            assertThat(healthy.nextOfType("data").path("payload").path("data").path("onCreateTodo").path("name")
                    .asText()).isEqualTo("after the slow one left");
        }
    }

    private static List<String> names(RealtimeTestClient client, int count) throws InterruptedException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(client.nextOfType("data").path("payload").path("data").path("onCreateTodo").path("name").asText());
        }
        return names;
    }

    private static RealtimeTestClient subscribed(String id, Map<String, ?> variables, String query)
            throws InterruptedException {
        String apiKey = Objects.requireNonNull(server.apiKey());
        RealtimeTestClient client = RealtimeTestClient.connect(Objects.requireNonNull(server.caCertificate()),
                server.realtimeEndpoint(), "graphql-ws", headerSubprotocol(apiKeyHeader(server, apiKey))).initialized();
        client.send(start(id, data(query, variables), apiKeyHeader(server, apiKey)));
        JsonNode ack = client.nextOfType("start_ack");
        assertThat(ack.path("id").asText()).isEqualTo(id);
        return client;
    }

    private static void create(String name, String priority) throws Exception {
        JsonNode created = api.graphql(CREATE, Map.of("input", Map.of("name", name, "priority", priority)));
        assertThat(created.path("errors").isMissingNode()).as(created.toString()).isTrue();
    }

    private static void createWithDescription(String name, String description) throws Exception {
        JsonNode created = api.graphql("mutation($input: CreateTodoInput!) { createTodo(input: $input) { id } }",
                Map.of("input", Map.of("name", name, "description", description)));
        assertThat(created.path("errors").isMissingNode()).as(created.toString()).isTrue();
    }

}
