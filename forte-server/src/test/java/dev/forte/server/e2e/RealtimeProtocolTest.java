package dev.forte.server.e2e;

import static dev.forte.server.e2e.RealtimeFixture.CREATE;
import static dev.forte.server.e2e.RealtimeFixture.ON_CREATE;
import static dev.forte.server.e2e.RealtimeFixture.apiKeyHeader;
import static dev.forte.server.e2e.RealtimeFixture.data;
import static dev.forte.server.e2e.RealtimeFixture.headerQuery;
import static dev.forte.server.e2e.RealtimeFixture.headerSubprotocol;
import static dev.forte.server.e2e.RealtimeFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realtime protocol over real TLS on the API's port against real PostgreSQL: the handshake's three auth forms,
 * every message, and the answer to each malformed or out-of-limit message, after which the server keeps serving.
 */
class RealtimeProtocolTest {
    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static String apiKey;

    @BeforeAll
    static void startServer() {
        server = ForteServer.start(ForteConfig.builder(RealtimeFixture.todoBackend()).dataDirectory(dataDirectory)
                .build());
        apiKey = String.valueOf(server.apiKey());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesTheRealtimeEndpointOverTlsOnTheHttpPort() {
        assertThat(server.realtimeEndpoint()).isEqualTo(URI.create("wss://127.0.0.1:" + server.port()
                + "/graphql/realtime"));
        assertThat(server.caCertificate()).isNotNull().exists();
    }

    @Test
    void acknowledgesTheSubprotocolHandshakeWithTimeoutThenKeepAlive() throws Exception {
        try (RealtimeTestClient client = connect(headerSubprotocol(apiKeyHeader(server, apiKey)))) {
            assertThat(client.subprotocol()).isEqualTo("graphql-ws");
            client.send("{\"type\":\"connection_init\"}");

            JsonNode ack = client.next();
            assertThat(ack.toString()).isEqualTo("{\"type\":\"connection_ack\",\"payload\":{\"connectionTimeoutMs\":300000}}");
            assertThat(client.next().toString()).isEqualTo("{\"type\":\"ka\"}");
        }
    }

    @Test
    void acceptsTheQueryStringHandshakeInStandardBase64() throws Exception {
        URI uri = URI.create(server.realtimeEndpoint() + "?" + headerQuery(apiKeyHeader(server, apiKey)));
        try (RealtimeTestClient client = RealtimeTestClient.connect(caCertificate(), uri, "graphql-ws")) {
            assertThat(client.subprotocol()).isEqualTo("graphql-ws");
            assertSubscribes(client.initialized());
        }
    }

    @Test
    void acceptsTheUpgradeHeaderHandshakeOnTheGraphqlPath() throws Exception {
        URI uri = URI.create(server.graphqlEndpoint().toString().replace("http://", "wss://"));
        try (RealtimeTestClient client = RealtimeTestClient.connect(caCertificate(), uri, List.of("graphql-ws"),
                apiKeyHeader(server, apiKey))) {
            assertSubscribes(client.initialized());
        }
    }

    @Test
    void refusesABadApiKeyInEachHandshakeFormWithConnectionError() throws Exception {
        Map<String, String> bad = apiKeyHeader(server, "da2-notarealkey0000000000000");
        URI query = URI.create(server.realtimeEndpoint() + "?" + headerQuery(bad));
        List<RealtimeTestClient> clients = List.of(
                connect(headerSubprotocol(bad)),
                RealtimeTestClient.connect(caCertificate(), query, "graphql-ws"),
                RealtimeTestClient.connect(caCertificate(), server.realtimeEndpoint(), List.of("graphql-ws"), bad),
                connect("header-not-base64-json"));
        for (RealtimeTestClient client : clients) {
            try (client) {
                client.send("{\"type\":\"connection_init\"}");

                assertThat(client.next().toString()).isEqualTo("{\"type\":\"connection_error\",\"payload\":{\"errors\":"
                        + "[{\"errorType\":\"UnauthorizedException\",\"message\":\"You are not authorized to make this "
                        + "call.\",\"errorCode\":401}]}}");
                client.awaitClose();
            }
        }
        assertServerStillServes();
    }

    @Test
    void answersMalformedJsonAndKeepsTheConnection() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            client.send("{not json");

            JsonNode error = client.nextExceptKeepAlive();
            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("payload").path("errors").get(0).path("errorType").asText())
                    .isEqualTo("BadRequestException");
            assertSubscribes(client);
        }
    }

    @Test
    void answersAnUnknownMessageTypeWithUnsupportedOperation() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            client.send("{\"id\":\"x1\",\"type\":\"subscribe\"}");

            assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"x1\",\"type\":\"error\",\"payload\":"
                    + "{\"errors\":[{\"errorType\":\"UnsupportedOperation\",\"message\":\"subscribe not supported "
                    + "through the realtime channel\"}]}}");
            assertSubscribes(client);
        }
    }

    @Test
    void refusesADuplicateOperationId() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            String id = UUID.randomUUID().toString();
            client.send(startOnCreate(id, Map.of()));
            assertThat(client.nextExceptKeepAlive().path("type").asText()).isEqualTo("start_ack");

            client.send(startOnCreate(id, Map.of()));

            assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"" + id + "\",\"type\":\"error\","
                    + "\"payload\":{\"errors\":[{\"errorType\":\"DuplicatedOperationError\",\"message\":"
                    + "\"Duplicated operation with id " + id + "\"}]}}");
        }
    }

    @Test
    void refusesTheHundredAndFirstSubscription() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            for (int i = 0; i < 100; i++) {
                client.send(startOnCreate("sub-" + i, Map.of()));
                assertThat(client.nextExceptKeepAlive().path("type").asText()).isEqualTo("start_ack");
            }

            client.send(startOnCreate("sub-100", Map.of()));

            JsonNode error = client.nextExceptKeepAlive();
            assertThat(error.path("id").asText()).isEqualTo("sub-100");
            assertThat(error.path("payload").path("errors").get(0).path("errorType").asText())
                    .isEqualTo("MaxSubscriptionsReachedError");
            client.send("{\"id\":\"sub-0\",\"type\":\"stop\"}");
            assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"sub-0\",\"type\":\"complete\"}");
            client.send(startOnCreate("sub-100", Map.of()));
            assertThat(client.nextExceptKeepAlive().path("type").asText()).isEqualTo("start_ack");
        }
    }

    @Test
    void refusesAMessageOverTwoHundredFortyKilobytes() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            String padding = "x".repeat(241 * 1024);
            client.send(start("big", data(ON_CREATE, Map.of("padding", padding)), apiKeyHeader(server, apiKey)));

            JsonNode error = client.nextExceptKeepAlive();
            assertThat(error.path("id").asText()).isEqualTo("big");
            assertThat(error.path("payload").path("errors").get(0).path("errorType").asText())
                    .isEqualTo("LimitExceededError");
            assertSubscribes(client);
        }
    }

    @Test
    void refusesAMutationOrQuerySentOverTheSocketWithoutRunningIt() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            client.send(start("m1", data(CREATE, Map.of("input", Map.of("name", "over the socket"))),
                    apiKeyHeader(server, apiKey)));
            assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"m1\",\"type\":\"error\",\"payload\":"
                    + "{\"errors\":[{\"errorType\":\"UnsupportedOperation\",\"message\":\"mutation not supported "
                    + "through the realtime channel\"}]}}");
            client.send(start("q1", data("query { listTodos { items { id } } }", Map.of()),
                    apiKeyHeader(server, apiKey)));
            assertThat(client.nextExceptKeepAlive().path("payload").path("errors").get(0).path("message").asText())
                    .isEqualTo("query not supported through the realtime channel");
        }
        JsonNode listed = new ApiClient(server.graphqlEndpoint(), apiKey)
                .graphql("query { listTodos(limit: 1000) { items { name } } }", Map.of());
        assertThat(listed.path("data").path("listTodos").path("items").findValuesAsText("name"))
                .doesNotContain("over the socket");
    }

    @Test
    void refusesAStartWithABadApiKeyAsUnauthorized() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            client.send(start("bad", data(ON_CREATE, Map.of()), apiKeyHeader(server, "da2-wrong")));

            JsonNode error = client.nextExceptKeepAlive();
            assertThat(error.path("id").asText()).isEqualTo("bad");
            assertThat(error.path("payload").path("errors").get(0).path("errorType").asText())
                    .isEqualTo("UnauthorizedException");
            assertSubscribes(client);
        }
    }

    @Test
    void answersAnInvalidSubscriptionDocumentWithItsValidationErrorAndId() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            client.send(start("v1", data("subscription { onCreateTodo { nope } }", Map.of()),
                    apiKeyHeader(server, apiKey)));

            JsonNode error = client.nextExceptKeepAlive();
            assertThat(error.path("id").asText()).isEqualTo("v1");
            assertThat(error.path("type").asText()).isEqualTo("error");
            assertThat(error.path("payload").path("errors").get(0).path("message").asText())
                    .contains("FieldUndefined");
        }
    }

    @Test
    void completesAStoppedSubscription() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            client.send(startOnCreate("s1", Map.of()));
            assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"s1\",\"type\":\"start_ack\"}");

            client.send("{\"id\":\"s1\",\"type\":\"stop\"}");

            assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"s1\",\"type\":\"complete\"}");
        }
    }

    private static void assertSubscribes(RealtimeTestClient client) throws InterruptedException {
        String id = UUID.randomUUID().toString();
        client.send(startOnCreate(id, Map.of()));
        assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"" + id + "\",\"type\":\"start_ack\"}");
    }

    private static void assertServerStillServes() throws Exception {
        try (RealtimeTestClient client = initializedClient()) {
            assertSubscribes(client);
        }
    }

    private static Map<String, Object> startOnCreate(String id, Map<String, ?> variables) {
        return start(id, data(ON_CREATE, variables), apiKeyHeader(server, apiKey));
    }

    private static RealtimeTestClient initializedClient() throws InterruptedException {
        return connect(headerSubprotocol(apiKeyHeader(server, apiKey))).initialized();
    }

    private static RealtimeTestClient connect(String headerSubprotocol) {
        return RealtimeTestClient.connect(caCertificate(), server.realtimeEndpoint(), "graphql-ws", headerSubprotocol);
    }

    private static Path caCertificate() {
        return java.util.Objects.requireNonNull(server.caCertificate());
    }
}
