package dev.forte.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/** Seeds, checks and polls a GraphQL endpoint (Forte, the peer, or the floor's paths) over HTTP with an API key. */
final class GraphqlClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEED_CONCURRENCY = 8;

    /** HTTP/1.1 as wrk speaks it; the JDK's default h2c upgrade header sends the peer to its WebSocket handler. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI endpoint;
    private final String apiKey;

    GraphqlClient(URI endpoint, String apiKey) {
        this.endpoint = endpoint;
        this.apiKey = apiKey;
    }

    /** Sends one operation and returns its {@code data}; fails unless the answer is 200 with data and no errors. */
    JsonNode execute(String document, Map<String, Object> variables) {
        try {
            HttpResponse<String> response = http.send(request(document, variables), HttpResponse.BodyHandlers.ofString());
            return data(response);
        } catch (IOException e) {
            throw new BenchFailure("No answer from " + endpoint + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted", e);
        }
    }

    /** Creates {@code count} todos with the ids {@code seed-0 … seed-(count-1)}, a few requests at a time. */
    void seed(int count) {
        Semaphore inFlight = new Semaphore(SEED_CONCURRENCY);
        List<CompletableFuture<JsonNode>> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquireUninterruptibly();
            Map<String, Object> input = Map.of("id", "seed-" + i, "name", "seed todo " + i, "description", "seeded",
                    "priority", TodoOperations.seedPriority(i));
            created.add(http.sendAsync(request(TodoOperations.CREATE, Map.of("input", input)),
                            HttpResponse.BodyHandlers.ofString())
                    .thenApply(GraphqlClient::data)
                    .whenComplete((data, failure) -> inFlight.release()));
        }
        created.forEach(CompletableFuture::join);
    }

    /** Polls a one-item list until it is answered; returns false when {@code timeout} passes first. */
    boolean awaitFirstAnswer(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                execute(TodoOperations.LIST, Map.of("limit", 1));
                return true;
            } catch (BenchFailure notYet) {
                pause();
            }
        }
        return false;
    }

    private HttpRequest request(String document, Map<String, Object> variables) {
        ObjectNode body = JSON.createObjectNode().put("query", document);
        body.set("variables", JSON.valueToTree(variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (!apiKey.isEmpty()) {
            request.header("x-api-key", apiKey);
        }
        return request.build();
    }

    private static JsonNode data(HttpResponse<String> response) {
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new BenchFailure(
                    "HTTP " + response.statusCode() + " with a body that is not JSON: " + shorten(response.body()));
        }
        JsonNode data = answer.path("data");
        if (response.statusCode() != 200 || answer.has("errors") || !data.isObject()) {
            throw new BenchFailure("HTTP " + response.statusCode() + ": " + shorten(response.body()));
        }
        return data;
    }

    private static String shorten(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted", e);
        }
    }
}
