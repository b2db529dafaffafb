package dev.forte.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.forte.server.internal.auth.sigv4.Credential;
import dev.forte.server.internal.auth.sigv4.SigV4Result;
import dev.forte.server.internal.auth.sigv4.SigV4Verifier;
import dev.forte.server.internal.auth.sigv4.SignedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the client puts on the wire and how it reads the answers, against a JDK HTTP server standing in for the API. */
class DataClientRequestTest {
    private static final String ACCESS_KEY_ID = "AKIDFUNCTION";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String SESSION_TOKEN = "session-token/with+odd=chars";

    private final ObjectMapper json = new ObjectMapper();
    private HttpServer server;
    private volatile SignedRequest received;
    private volatile int status = 200;
    private volatile Map<String, String> responseHeaders = Map.of();
    private volatile String responseBody = "{\"data\":{\"ok\":true}}";

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            SignedRequest.Builder request = SignedRequest.newRequest()
                    .method(exchange.getRequestMethod())
                    .rawPath(exchange.getRequestURI().getRawPath())
                    .body(exchange.getRequestBody().readAllBytes());
            exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> request.header(name, v)));
            received = request.build();
            responseHeaders.forEach(exchange.getResponseHeaders()::add);
            byte[] body = responseBody.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
    }

    private DataClient signingClient(String region) {
        return DataClient.builder().endpoint(endpoint()).region(region)
                .credentials(ACCESS_KEY_ID, SECRET, SESSION_TOKEN).build();
    }

    private static SigV4Verifier<String> verifier(String region) {
        return SigV4Verifier.forAppSync(id -> id.equals(ACCESS_KEY_ID)
                ? Optional.of(new Credential<>(SECRET, SESSION_TOKEN, Instant.now().plusSeconds(3600), "data-access"))
                : Optional.empty(), region, Clock.systemUTC());
    }

    @Test
    void signedRequestVerifiesWithTheServersSigV4Verifier() {
        signingClient("eu-west-2").graphql("query { listTodos { items { id name } } }",
                Map.of("name", "Tödö ✓ 日本"));

        SigV4Result<String> result = verifier("eu-west-2").verify(received);

        assertThat(result).isEqualTo(new SigV4Result.Verified<>("data-access", ACCESS_KEY_ID));
    }

    @Test
    void signsForServiceAppsyncInTheConfiguredRegionWithTheSessionToken() {
        signingClient("eu-west-2").graphql("query { __typename }");

        assertThat(received.headers("authorization")).singleElement().asString()
                .startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY_ID + "/")
                .contains("/eu-west-2/appsync/aws4_request, SignedHeaders=")
                .contains("content-type;host;")
                .contains("x-amz-date");
        assertThat(received.headers("x-amz-security-token")).containsExactly(SESSION_TOKEN);
        assertThat(received.headers("x-api-key")).isEmpty();
    }

    @Test
    void aSignatureForAnotherRegionDoesNotVerify() {
        signingClient("us-east-1").graphql("query { __typename }");

        assertThat(verifier("eu-west-2").verify(received)).isInstanceOf(SigV4Result.Rejected.class);
    }

    @Test
    void postsQueryAndVariablesAsJson() throws IOException {
        DataClient.builder().endpoint(endpoint()).apiKey("da2-key").build()
                .graphql("query ($id: ID!) { getTodo(id: $id) { id } }", Map.of("id", "t1"));

        JsonNode body = json.readTree(received.body());
        assertThat(received.method()).isEqualTo("POST");
        assertThat(body.properties()).extracting(Map.Entry::getKey).containsExactly("query", "variables");
        assertThat(body.path("variables").path("id").asText()).isEqualTo("t1");
        assertThat(received.headers("content-type")).containsExactly("application/json; charset=UTF-8");
        assertThat(received.headers("x-api-key")).containsExactly("da2-key");
        assertThat(received.headers("authorization")).isEmpty();
    }

    @Test
    void sendsAnAuthTokenVerbatimAsAuthorization() {
        DataClient.builder().endpoint(endpoint()).apiKey("da2-key").authToken("custom-lambda-token-123").build()
                .graphql("{ listTodos { items { id } } }");

        assertThat(received.headers("authorization")).containsExactly("custom-lambda-token-123");
        assertThat(received.headers("x-api-key")).isEmpty();
    }

    record TodoInput(String name, String description, Boolean isDone) {}

    record CreateTodoVariables(TodoInput input, String condition) {}

    record Todo(String id, String name) {}

    record CreateTodoResult(Todo createTodo) {}

    @Test
    void sendsTheComponentsOfAVariablesRecordLeavingOutNulls() throws IOException {
        DataClient.builder().endpoint(endpoint()).apiKey("da2-key").build()
                .graphql("mutation", new CreateTodoVariables(new TodoInput("My first todo", null, false), null));

        JsonNode variables = json.readTree(received.body()).path("variables");
        assertThat(variables.toString()).isEqualTo("{\"input\":{\"name\":\"My first todo\",\"isDone\":false}}");
    }

    @Test
    void readsDataIntoARecordSkippingFieldsItDoesNotHave() {
        responseBody = "{\"data\":{\"createTodo\":{\"id\":\"t1\",\"name\":\"n\",\"__typename\":\"Todo\"}}}";

        GraphqlResponse response = DataClient.builder().endpoint(endpoint()).apiKey("k").build().graphql("mutation");

        assertThat(response.data(CreateTodoResult.class)).isEqualTo(new CreateTodoResult(new Todo("t1", "n")));
    }

    @Test
    void sendsEmptyVariablesWhenThereAreNone() throws IOException {
        DataClient.builder().endpoint(endpoint()).apiKey("da2-key").build().graphql("query { __typename }");

        assertThat(json.readTree(received.body()).path("variables").isObject()).isTrue();
        assertThat(json.readTree(received.body()).path("variables").size()).isZero();
    }

    @Test
    void returnsAppSyncErrorsAsValuesBesidePartialData() {
        responseBody = "{\"data\":{\"createTodo\":null},\"errors\":[{\"path\":[\"createTodo\",0],\"data\":null,"
                + "\"errorType\":\"DynamoDB:ConditionalCheckFailedException\",\"errorInfo\":null,\"locations\":[],"
                + "\"message\":\"The conditional request failed\"}]}";

        GraphqlResponse response = DataClient.builder().endpoint(endpoint()).apiKey("k").build().graphql("mutation");

        assertThat(response.data().path("createTodo").isNull()).isTrue();
        assertThat(response.errors()).containsExactly(new GraphqlError("The conditional request failed",
                "DynamoDB:ConditionalCheckFailedException", List.of("createTodo", 0)));
    }

    @Test
    void unauthorizedIsAnExceptionNamingStatusErrorTypeAndMessage() {
        status = 401;
        responseHeaders = Map.of("x-amzn-ErrorType", "UnauthorizedException");
        responseBody = "{\"errors\":[{\"errorType\":\"UnauthorizedException\","
                + "\"message\":\"You are not authorized to make this call.\"}]}";
        DataClient client = DataClient.builder().endpoint(endpoint()).apiKey("k").build();

        assertThatThrownBy(() -> client.graphql("query { __typename }"))
                .isInstanceOfSatisfying(DataClientException.class, e -> {
                    assertThat(e.status()).hasValue(401);
                    assertThat(e.errorType()).hasValue("UnauthorizedException");
                })
                .hasMessageContaining("answered 401 UnauthorizedException: You are not authorized to make this call.");
    }

    @Test
    void badSignatureIsAnExceptionWithTheHeadersErrorType() {
        status = 403;
        responseHeaders = Map.of("x-amzn-ErrorType", "InvalidSignatureException:http://internal.amazon.com/coral/");
        responseBody = "{\"errors\":[{\"errorType\":\"InvalidSignatureException\",\"message\":\"The request"
                + " signature we calculated does not match\"}]}";

        assertThatThrownBy(() -> signingClient("us-east-1").graphql("query { __typename }"))
                .isInstanceOfSatisfying(DataClientException.class,
                        e -> assertThat(e.errorType()).hasValue("InvalidSignatureException"))
                .hasMessageContaining("answered 403 InvalidSignatureException: The request signature");
    }

    @Test
    void badRequestIsAnExceptionWithTheBodysErrorType() {
        status = 400;
        responseBody = "{\"errors\":[{\"message\":\"Unable to parse GraphQL query.\","
                + "\"errorType\":\"MalformedHttpRequestException\"}]}";

        assertThatThrownBy(() -> DataClient.builder().endpoint(endpoint()).apiKey("k").build().graphql("{"))
                .isInstanceOf(DataClientException.class)
                .hasMessageContaining("answered 400 MalformedHttpRequestException: Unable to parse GraphQL query.");
    }

    @Test
    void networkFailureIsAnExceptionNamingTheEndpoint() {
        URI closed = endpoint();
        server.stop(0);

        assertThatThrownBy(() -> DataClient.builder().endpoint(closed).apiKey("k").build().graphql("{ a }"))
                .isInstanceOfSatisfying(DataClientException.class, e -> assertThat(e.status()).isEmpty())
                .hasMessageContaining("Could not reach the data API at " + closed);
    }
}
