package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.cli.internal.StopSignal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forte sandbox} in-process: the embedded database, a real HTTP request, and a clean stop. */
class SandboxTest {
    private static final Pattern ANNOUNCEMENT = Pattern.compile("GraphQL endpoint: (\\S+)\nAPI key: (\\S+)\n");

    @TempDir Path directory;

    @Test
    void servesTheBackendOnAFreePortPrintsEndpointAndKeyAndStopsCleanly() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/TodoBackend.java"), directory.resolve("TodoBackend.java"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StopSignal stop = StopSignal.manual();
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), directory, Map.of(), stop);
        CompletableFuture<Integer> sandbox = CompletableFuture.supplyAsync(() -> Main.run(context, "sandbox",
                "--backend-file", "TodoBackend.java", "--port", "0", "--data-dir", "data"));
        try {
            Matcher announced = awaitAnnouncement(out, sandbox);
            String created = post(announced.group(1), announced.group(2),
                    "mutation { createTodo(input: {content: \"write the CLI\"}) { id content } }");
            String listed = post(announced.group(1), announced.group(2), "query { listTodos { items { content } } }");

            assertThat(created).contains("\"content\":\"write the CLI\"");
            assertThat(listed).contains("{\"items\":[{\"content\":\"write the CLI\"}]");
            assertThat(directory.resolve("data")).isNotEmptyDirectory();
        } finally {
            stop.request();
        }
        assertThat(sandbox.get()).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("Stopping Forte sandbox…\nForte sandbox stopped.\n");
    }

    private static Matcher awaitAnnouncement(ByteArrayOutputStream out, CompletableFuture<Integer> sandbox)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && !sandbox.isDone()) {
            Matcher matcher = ANNOUNCEMENT.matcher(out.toString(StandardCharsets.UTF_8));
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The sandbox did not announce its endpoint; it printed:\n" + out);
    }

    private static String post(String endpoint, String apiKey, String query) throws Exception {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .header("content-type", "application/json")
                        .header("x-api-key", apiKey)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("\"errors\"");
        return response.body();
    }
}
