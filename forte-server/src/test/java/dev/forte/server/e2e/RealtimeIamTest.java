package dev.forte.server.e2e;

import static dev.forte.server.e2e.RealtimeFixture.ON_CREATE;
import static dev.forte.server.e2e.RealtimeFixture.data;
import static dev.forte.server.e2e.RealtimeFixture.headerSubprotocol;
import static dev.forte.server.e2e.RealtimeFixture.iamConnectHeader;
import static dev.forte.server.e2e.RealtimeFixture.iamStartHeader;
import static dev.forte.server.e2e.RealtimeFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import java.time.Duration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IAM on the realtime endpoint, signed by the AWS SDK's signer as PROTOCOL §4.5 describes: the connection over
 * {@code <path>/connect} with body {@code {}}, each start over the path with its {@code payload.data}. A function's
 * grant decides whether it may subscribe.
 */
class RealtimeIamTest {
    private static final String REGION = "eu-west-2";
    @TempDir
    static Path dataDirectory;
    private static ForteServer server;

    @BeforeAll
    static void startServer() {
        server = ForteServer.start(ForteConfig.builder(RealtimeFixture.todoBackend()).dataDirectory(dataDirectory)
                .region(REGION).build());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFunctionGrantedListenSubscribes() throws Exception {
        FunctionCredentials listener = issue("listener", ResourceOperation.LISTEN);
        try (RealtimeTestClient client = connect(listener)) {
            String data = data(ON_CREATE, Map.of());
            client.send(start("iam-1", data, iamStartHeader(server, listener, REGION, data)));

            assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"iam-1\",\"type\":\"start_ack\"}");
        }
    }

    @Test
    void aFunctionGrantedOnlyQueryIsUnauthorizedAtStart() throws Exception {
        FunctionCredentials reader = issue("reader", ResourceOperation.QUERY);
        try (RealtimeTestClient client = connect(reader)) {
            String data = data(ON_CREATE, Map.of());
            client.send(start("iam-2", data, iamStartHeader(server, reader, REGION, data)));

            assertThat(client.nextExceptKeepAlive().toString()).isEqualTo("{\"id\":\"iam-2\",\"type\":\"error\","
                    + "\"payload\":{\"errors\":[{\"errorType\":\"Unauthorized\",\"message\":\"Not Authorized to access "
                    + "onCreateTodo on type Subscription\"}]}}");
        }
    }

    @Test
    void aStartWhoseDataWasNotWhatWasSignedIsRefused() throws Exception {
        FunctionCredentials listener = issue("listener", ResourceOperation.LISTEN);
        try (RealtimeTestClient client = connect(listener)) {
            String signed = data(ON_CREATE, Map.of());
            String sent = data(ON_CREATE, Map.of("filter", Map.of("name", Map.of("eq", "x"))));
            client.send(start("iam-3", sent, iamStartHeader(server, listener, REGION, signed)));

            JsonNode error = client.nextExceptKeepAlive();
            assertThat(error.path("id").asText()).isEqualTo("iam-3");
            assertThat(error.path("payload").path("errors").get(0).path("errorType").asText())
                    .isEqualTo("BadRequestException");
        }
    }

    @Test
    void aConnectionSignedWithAWrongSecretGetsConnectionError() throws Exception {
        FunctionCredentials real = issue("listener", ResourceOperation.LISTEN);
        FunctionCredentials forged = new FunctionCredentials(real.accessKeyId(),
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", real.sessionToken(), real.expiration());
        try (RealtimeTestClient client = RealtimeTestClient.connect(caCertificate(), server.realtimeEndpoint(),
                "graphql-ws", headerSubprotocol(iamConnectHeader(server, forged, REGION)))) {
            client.send("{\"type\":\"connection_init\"}");

            JsonNode error = client.next();
            assertThat(error.path("type").asText()).isEqualTo("connection_error");
            assertThat(error.path("payload").path("errors").get(0).path("errorCode").asInt()).isEqualTo(401);
        }
    }

    @Test
    void aConnectionHeaderSignedOverTheWrongPathIsRefused() throws Exception {
        FunctionCredentials listener = issue("listener", ResourceOperation.LISTEN);
        Map<String, String> signedForStart = new LinkedHashMap<>(iamStartHeader(server, listener, REGION, "{}"));
        try (RealtimeTestClient client = RealtimeTestClient.connect(caCertificate(), server.realtimeEndpoint(),
                "graphql-ws", headerSubprotocol(signedForStart))) {
            client.send("{\"type\":\"connection_init\"}");

            assertThat(client.next().path("type").asText()).isEqualTo("connection_error");
        }
    }

    private static RealtimeTestClient connect(FunctionCredentials credentials) throws InterruptedException {
        return RealtimeTestClient.connect(caCertificate(), server.realtimeEndpoint(), "graphql-ws",
                headerSubprotocol(iamConnectHeader(server, credentials, REGION))).initialized();
    }

    private static FunctionCredentials issue(String function, ResourceOperation... operations) {
        return server.issueFunctionCredentials(function, Set.of(operations), Duration.ofHours(1));
    }

    private static Path caCertificate() {
        return Objects.requireNonNull(server.caCertificate());
    }
}
