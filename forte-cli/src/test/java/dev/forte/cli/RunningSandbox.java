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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code forte sandbox} (or {@code serve}) run in-process on a thread of its own, as a test drives it: announce, requests, stop. */
final class RunningSandbox {
    static final Pattern ANNOUNCEMENT = Pattern.compile("GraphQL endpoint: (\\S+)\nAPI key: (\\S+)\n");
    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final StopSignal stop = StopSignal.manual();
    private final CompletableFuture<Integer> status;
    private String endpoint = "";
    private String apiKey = "";

    private RunningSandbox(Path directory, String commandName, String... args) {
        CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), directory, Map.of(), stop);
        String[] command = new String[args.length + 1];
        command[0] = commandName;
        System.arraycopy(args, 0, command, 1, args.length);
        status = CompletableFuture.supplyAsync(() -> Main.run(context, command));
    }

    /** Starts {@code forte sandbox args} in {@code directory} and returns once it has announced its endpoint. */
    static RunningSandbox start(Path directory, String... args) throws InterruptedException {
        return started(new RunningSandbox(directory, "sandbox", args));
    }

    /** Starts {@code forte serve args} in {@code directory} and returns once it has announced its endpoint. */
    static RunningSandbox serve(Path directory, String... args) throws InterruptedException {
        return started(new RunningSandbox(directory, "serve", args));
    }

    private static RunningSandbox started(RunningSandbox sandbox) throws InterruptedException {
        sandbox.awaitAnnouncement();
        return sandbox;
    }

    /** Runs {@code forte sandbox args}, which must end without serving, and returns what it printed and returned. */
    static Cli.Result runExpectingFailure(Path directory, String... args) throws Exception {
        RunningSandbox sandbox = new RunningSandbox(directory, "sandbox", args);
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline) && !sandbox.status.isDone()) {
            if (ANNOUNCEMENT.matcher(sandbox.out()).find()) {
                sandbox.stop();
                throw new AssertionError("The sandbox served instead of failing; it printed:\n" + sandbox.out());
            }
            Thread.sleep(50);
        }
        return new Cli.Result(sandbox.status.get(1, TimeUnit.SECONDS), sandbox.out(), sandbox.err());
    }

    private void awaitAnnouncement() throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline) && !status.isDone()) {
            Matcher matcher = ANNOUNCEMENT.matcher(out());
            if (matcher.find()) {
                endpoint = matcher.group(1);
                apiKey = matcher.group(2);
                return;
            }
            Thread.sleep(50);
        }
        stop.request();
        throw new AssertionError("The sandbox did not announce its endpoint (" + outcome() + "); it printed:\n"
                + out() + err());
    }

    private String outcome() {
        return status.handle((code, failure) -> failure == null ? "exit status " + code : failure.toString())
                .getNow("still running");
    }

    String endpoint() {
        return endpoint;
    }

    String apiKey() {
        return apiKey;
    }

    /** Posts {@code query} as {@link #post} does, wrapping its checked exceptions. */
    String postOk(String query) {
        try {
            return post(query);
        } catch (Exception e) {
            throw new IllegalStateException("POST " + query + " failed", e);
        }
    }

    /** Posts {@code query} with the announced API key; fails unless the answer is 200 without errors. */
    String post(String query) throws Exception {
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

    /** Stops the sandbox as Ctrl-C would and returns its exit status. */
    int stop() throws Exception {
        stop.request();
        return status.get(1, TimeUnit.MINUTES);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
