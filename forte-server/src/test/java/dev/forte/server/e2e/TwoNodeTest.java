package dev.forte.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.internal.ServerBootstrap;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.ModelChange;
import dev.forte.server.internal.storage.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two API nodes on different ports over one database (the external PostgreSQL when {@code FORTE_TEST_JDBC_URL} is
 * set, and a shared embedded one): what one node commits reaches the other's change feed, and a node keeps its
 * listeners while the other restarts.
 */
@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class TwoNodeTest {
    private static final String CREATE = "mutation ($name: String!) { createTodo(input: {name: $name}) { id } }";

    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    ForteServer nodeA;
    ForteServer nodeB;
    final BlockingQueue<ModelChange> changesOnB = new LinkedBlockingQueue<>();
    final BlockingQueue<FeedGap> gapsOnB = new LinkedBlockingQueue<>();

    @BeforeEach
    void startTwoNodes() throws Exception {
        schema = database.newSchema();
        nodeA = ForteServer.start(config(Files.createTempDirectory("forte-node-a")));
        nodeB = ForteServer.start(config(Files.createTempDirectory("forte-node-b")));
        ((ServerBootstrap) nodeB).changeFeed().listen(changesOnB::add, gapsOnB::add);
    }

    @AfterEach
    void stopNodes() {
        for (ForteServer node : new ForteServer[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        schema.close();
    }

    /** A node of the API in the test's schema, with a data directory of its own. */
    private ForteConfig config(Path dataDirectory) {
        String url = database.postgres().jdbcUrl();
        return ForteConfig.builder(TestBackends.todo()).dataDirectory(dataDirectory)
                .jdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.name()).build();
    }

    @Test
    void aMutationOnOneNodeReachesTheOther() throws Exception {
        assertThat(nodeA.port()).isNotEqualTo(nodeB.port());

        String id = create(nodeA, "made on A");

        ModelChange change = awaitChangeOf(id);
        assertThat(change.mutationField()).isEqualTo("createTodo");
        assertThat(change.item()).containsEntry("name", "made on A");
    }

    @Test
    void bothNodesServeTheSameApiKey() throws Exception {
        assertThat(nodeB.apiKey()).isEqualTo(nodeA.apiKey());
        ApiClient onBWithKeyOfA = new ApiClient(nodeB.graphqlEndpoint(), nodeA.apiKey());

        JsonNode body = onBWithKeyOfA.graphql(CREATE, Map.of("name", "with A's key"));

        assertThat(body.has("errors")).as(body.toString()).isFalse();
    }

    @Test
    void aNodeKeepsItsListenersWhileTheOtherRestarts() throws Exception {
        awaitChangeOf(create(nodeA, "before the restart"));
        ForteConfig configOfA = config(nodeA.dataDirectory());

        nodeA.close();
        nodeA = null;
        awaitChangeOf(create(nodeB, "while A is down"));
        nodeA = ForteServer.start(configOfA);

        assertThat(awaitChangeOf(create(nodeA, "after the restart")).item()).containsEntry("name", "after the restart");
        assertThat(gapsOnB).as("B never lost its own connection").isEmpty();
    }

    @Test
    void aWebSocketSubscriberOnOneNodeReceivesWhatTheOtherCreatesAndStaysConnectedWhileItRestarts() throws Exception {
        Map<String, String> auth = RealtimeFixture.apiKeyHeader(nodeB, nodeB.apiKey());
        try (RealtimeTestClient subscriber = RealtimeTestClient.connect(nodeB.caCertificate(),
                nodeB.realtimeEndpoint(), "graphql-ws", RealtimeFixture.headerSubprotocol(auth)).initialized()) {
            subscriber.send(RealtimeFixture.start("s1", RealtimeFixture.data(RealtimeFixture.ON_CREATE, Map.of()),
                    auth));
            assertThat(subscriber.nextExceptKeepAlive().path("type").asText()).isEqualTo("start_ack");

            String id = create(nodeA, "made on A");
            assertThat(onCreateTodo(subscriber.nextOfType("data")).path("id").asText()).isEqualTo(id);

            ForteConfig configOfA = config(nodeA.dataDirectory());
            nodeA.close();
            nodeA = ForteServer.start(configOfA);
            String afterRestart = create(nodeA, "made on A after its restart");

            JsonNode delivered = onCreateTodo(subscriber.nextOfType("data"));
            assertThat(delivered.path("id").asText()).isEqualTo(afterRestart);
            assertThat(delivered.path("name").asText()).isEqualTo("made on A after its restart");
            assertThat(subscriber.isClosed()).isFalse();
        }
    }

    @Test
    void aSubscriberWhoseNodeLostItsDatabaseConnectionGetsAnErrorAndReceivesAgainOnceItIsBack() throws Exception {
        Map<String, String> auth = RealtimeFixture.apiKeyHeader(nodeB, nodeB.apiKey());
        try (RealtimeTestClient subscriber = RealtimeTestClient.connect(nodeB.caCertificate(),
                nodeB.realtimeEndpoint(), "graphql-ws", RealtimeFixture.headerSubprotocol(auth)).initialized()) {
            subscribe(subscriber, "before", auth);

            schema.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                    + "'forte listen forte_changes_" + schema.name() + "'");

            JsonNode error = subscriber.nextOfType("error");
            assertThat(error.path("id").asText()).isEqualTo("before");
            assertThat(error.path("payload").path("errors").get(0).path("message").asText())
                    .contains("lost its database connection");
            assertThat(receivesAfterResubscribing(subscriber, auth)).isTrue();
            assertThat(subscriber.isClosed()).isFalse();
        }
    }

    /**
     * Subscribes again until a todo created on A arrives: a subscription started before B listens again is ended
     * by the second gap notice (changes made meanwhile were missed), as it should be.
     */
    private boolean receivesAfterResubscribing(RealtimeTestClient subscriber, Map<String, String> auth)
            throws Exception {
        for (int attempt = 1; attempt <= 20; attempt++) {
            subscribe(subscriber, "again-" + attempt, auth);
            String id = create(nodeA, "after the reconnect " + attempt);
            JsonNode message = subscriber.nextExceptKeepAlive();
            while ("data".equals(message.path("type").asText())
                    && !id.equals(onCreateTodo(message).path("id").asText())) {
                message = subscriber.nextExceptKeepAlive();
            }
            if ("data".equals(message.path("type").asText())) {
                return true;
            }
            assertThat(message.path("type").asText()).as(message.toString()).isEqualTo("error");
        }
        return false;
    }

    private static void subscribe(RealtimeTestClient subscriber, String id, Map<String, String> auth)
            throws InterruptedException {
        subscriber.send(RealtimeFixture.start(id, RealtimeFixture.data(RealtimeFixture.ON_CREATE, Map.of()), auth));
        assertThat(subscriber.nextExceptKeepAlive().toString())
                .isEqualTo("{\"id\":\"" + id + "\",\"type\":\"start_ack\"}");
    }

    private static JsonNode onCreateTodo(JsonNode message) {
        return message.path("payload").path("data").path("onCreateTodo");
    }

    private static String create(ForteServer node, String name) throws Exception {
        JsonNode body = new ApiClient(node.graphqlEndpoint(), node.apiKey()).graphql(CREATE, Map.of("name", name));
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        return body.path("data").path("createTodo").path("id").asText();
    }

    private ModelChange awaitChangeOf(String id) throws InterruptedException {
        while (true) {
            ModelChange change = changesOnB.poll(60, TimeUnit.SECONDS);
            assertThat(change).as("the change of " + id + " on node B").isNotNull();
            if (id.equals(change.item().get("id"))) {
                return change;
            }
        }
    }
}
