package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.ModelSchema;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.LocalUserPool;
import dev.forte.server.TokenRequest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL over HTTP with a token sent raw in {@code Authorization}: a signed-in user of the server's local user pool,
 * or of any other issuer.
 */
final class UserPoolApi {
    static final ObjectMapper JSON = new ObjectMapper();

    private final ForteServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    UserPoolApi(ForteServer server) {
        this.server = server;
    }

    /** Starts a server for {@code schema} with user sign-in, keeping its data in {@code dataDirectory}. */
    static ForteServer serve(ModelSchema schema, Path dataDirectory) {
        Backend backend = Backend.of(defineAuth(), defineData(DataProps.of(schema)));
        return ForteServer.start(ForteConfig.builder(backend).dataDirectory(dataDirectory).build());
    }

    LocalUserPool pool() {
        return LocalUserPool.open(server.dataDirectory());
    }

    String token(String user, String... groups) {
        return pool().mint(TokenRequest.forUser(user).groups(groups).build());
    }

    HttpResponse<String> call(@Nullable String token, String query, Map<String, Object> variables) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.graphqlEndpoint())
                .header("content-type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(query, variables)));
        if (token != null) {
            request.header("authorization", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] body(String query, Map<String, Object> variables) throws Exception {
        return JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
    }

    /** Returns {@code data.<field>} of a response that must have no errors. */
    static JsonNode data(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.has("errors")).as(response.body()).isFalse();
        return body.path("data").path(field);
    }

    /** Asserts AppSync's 401 {@code UnauthorizedException} with {@code message}, in the body and the header. */
    static void assertRejected(HttpResponse<String> response, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("UnauthorizedException");
        JsonNode error = JSON.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("errorType").asText()).isEqualTo("UnauthorizedException");
        assertThat(error.path("message").asText()).isEqualTo(message);
    }

    /** Asserts a 200 whose first error is AppSync's {@code Unauthorized} with {@code message}. */
    static JsonNode assertUnauthorizedError(HttpResponse<String> response, String message) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("errorType").asText()).as(response.body()).isEqualTo("Unauthorized");
        assertThat(error.path("message").asText()).isEqualTo(message);
        return body;
    }
}
