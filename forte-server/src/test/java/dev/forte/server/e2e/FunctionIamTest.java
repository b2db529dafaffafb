package dev.forte.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.Backend;
import dev.forte.backend.DataDefinition;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.ResourceOperation;
import dev.forte.schema.Scalar;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Functions granted data access ({@code allow.resource(fn).to(...)}) calling the API over real HTTP with the IAM
 * credentials Forte issued them, signed by the AWS SDK's own SigV4 signer, as a Java function does.
 */
class FunctionIamTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = "eu-west-2";
    private static final String CREATE = "mutation($name: String!) { createTodo(input: {name: $name}) { id name } }";
    private static final String LIST = "{ listTodos { items { id name } } }";

    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static HttpClient http;

    @BeforeAll
    static void startServer() {
        server = ForteServer.start(ForteConfig.builder(grantOnlyBackend()).dataDirectory(dataDirectory)
                .region(REGION).build());
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFunctionGrantedQueryAndMutateCreatesAndListsTodos() throws Exception {
        FunctionCredentials credentials = issue("data-access", ResourceOperation.QUERY, ResourceOperation.MUTATE);

        JsonNode created = ok(send(credentials, graphql(CREATE, "My first todo")));
        JsonNode listed = ok(send(credentials, graphql(LIST, null)));

        String id = created.path("data").path("createTodo").path("id").asText();
        assertThat(id).isNotEmpty();
        assertThat(listed.path("data").path("listTodos").path("items").findValuesAsText("id")).contains(id);
    }

    @Test
    void aFunctionGrantedOnlyQueryIsNotAuthorizedToCreateAndWritesNothing() throws Exception {
        FunctionCredentials reader = issue("reader", ResourceOperation.QUERY);

        JsonNode refused = ok(send(reader, graphql(CREATE, "Not allowed")));

        assertThat(refused.path("data").path("createTodo").isNull()).isTrue();
        JsonNode error = refused.path("errors").get(0);
        assertThat(error.path("errorType").asText()).isEqualTo("Unauthorized");
        assertThat(error.path("message").asText()).isEqualTo("Not Authorized to access createTodo on type Mutation");
        JsonNode listed = ok(send(reader, graphql(LIST, null)));
        assertThat(listed.path("data").path("listTodos").path("items").findValuesAsText("name"))
                .doesNotContain("Not allowed");
    }

    @Test
    void aTamperedBodyIsAnInvalidSignature() throws Exception {
        FunctionCredentials credentials = issue("data-access", ResourceOperation.QUERY, ResourceOperation.MUTATE);
        byte[] signedBody = graphql(CREATE, "signed");

        HttpResponse<String> response = send(signed(credentials, signedBody), graphql(CREATE, "tampered"));

        assertRefused(response, 403, "InvalidSignatureException");
    }

    @Test
    void forgedCredentialsAreUnauthorized() throws Exception {
        FunctionCredentials forged = new FunctionCredentials("ASIAFORGEDFORGEDFORG",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "token", java.time.Instant.now().plusSeconds(3600));

        assertRefused(send(forged, graphql(LIST, null)), 401, "UnauthorizedException");
    }

    @Test
    void expiredCredentialsAreUnauthorized() throws Exception {
        FunctionCredentials shortLived = server.issueFunctionCredentials("data-access",
                Set.of(ResourceOperation.QUERY), Duration.ofMillis(200));
        Thread.sleep(400);

        assertRefused(send(shortLived, graphql(LIST, null)), 401, "UnauthorizedException");
    }

    @Test
    void aRequestSignedForAnotherRegionIsRefused() throws Exception {
        FunctionCredentials credentials = issue("data-access", ResourceOperation.QUERY);
        byte[] body = graphql(LIST, null);

        assertRefused(send(signed(credentials, body, "us-east-1"), body), 403, "InvalidSignatureException");
    }

    @Test
    void anApiKeyCannotReachModelsOnlyFunctionsAreGranted() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.graphqlEndpoint())
                .header("content-type", "application/json")
                .header("x-api-key", String.valueOf(server.apiKey()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(graphql(LIST, null)))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        JsonNode body = JSON.readTree(response.body());
        String errorType = body.path("errors").get(0).path("errorType").asText();
        assertThat(errorType).isIn("Unauthorized", "UnauthorizedException");
        assertThat(body.path("data").path("listTodos").isMissingNode() || body.path("data").path("listTodos").isNull())
                .isTrue();
    }

    /**
     * {@code Todo {name}} with no model or schema rules: only functions reach it. The grants themselves travel
     * with the issued credentials ({@code issue(function, operations)}); declaring them as {@code ResourceGrant}s
     * needs the functions in the backend too, which {@code defineFunction} brings.
     */
    private static Backend grantOnlyBackend() {
        Model todo = new Model("Todo", List.of(Field.of("name", Scalar.STRING)), List.of("id"), List.of(), Set.of(),
                List.of());
        DataSchema schema = new DataSchema(List.of(todo), List.of(), List.of(), List.of(), List.of());
        return Backend.of(new DataDefinition(DataDefinition.DEFAULT_NAME, schema,
                new AuthorizationModes(AuthorizationMode.API_KEY, 30)));
    }

    private static FunctionCredentials issue(String function, ResourceOperation... operations) {
        return server.issueFunctionCredentials(function, Set.of(operations), Duration.ofHours(1));
    }

    private static byte[] graphql(String query, String name) throws IOException {
        Map<String, Object> variables = name == null ? Map.of() : Map.of("name", name);
        return JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
    }

    private static HttpResponse<String> send(FunctionCredentials credentials, byte[] body)
            throws IOException, InterruptedException {
        return send(signed(credentials, body), body);
    }

    private static HttpResponse<String> send(SdkHttpRequest signed, byte[] body)
            throws IOException, InterruptedException {
        return IamRequests.send(http, signed, body);
    }

    private static SdkHttpRequest signed(FunctionCredentials credentials, byte[] body) {
        return signed(credentials, body, REGION);
    }

    private static SdkHttpRequest signed(FunctionCredentials credentials, byte[] body, String region) {
        return IamRequests.signed(server.graphqlEndpoint(), credentials, body, region);
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("date")).isPresent();
        return JSON.readTree(response.body());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String errorType)
            throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(errorType);
        assertThat(response.headers().firstValue("date")).isPresent();
        assertThat(JSON.readTree(response.body()).path("errors").get(0).path("errorType").asText())
                .isEqualTo(errorType);
    }
}
