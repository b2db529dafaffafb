package dev.forte.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Posts GraphQL to a running server over real HTTP the way amplify-js does. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final @Nullable String apiKey;

    ApiClient(URI endpoint, @Nullable String apiKey) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
    }

    ApiClient withApiKey(@Nullable String key) {
        return new ApiClient(endpoint, key);
    }

    /** Posts {@code {"query", "variables"}} and returns the parsed body; fails unless the status is 200. */
    JsonNode graphql(String query, Map<String, @Nullable Object> variables) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpResponse<String> response = post(JSON.writeValueAsString(body));
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("content-type", "application/json; charset=UTF-8")
                .header("x-amz-user-agent", "aws-amplify/6.22.1 api/1 framework/100")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("x-api-key", apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    URI endpoint() {
        return endpoint;
    }

    static JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }
}
