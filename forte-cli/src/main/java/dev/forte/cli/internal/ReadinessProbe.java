package dev.forte.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Waits until a GraphQL endpoint answers HTTP requests, so the CLI announces it only once it is usable. */
public final class ReadinessProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private ReadinessProbe() {}

    /** Returns once {@code endpoint} answers a {@code __typename} query with any HTTP status. */
    public static void awaitAnswering(URI endpoint, @Nullable String apiKey) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(5))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"query { __typename }\"}"));
        if (apiKey != null) {
            request.header("x-api-key", apiKey);
        }
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            try {
                client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new CliException("The server started but " + endpoint + " does not answer (" + e
                            + "). Check that nothing blocks connections to it, then run the command again.");
                }
                Thread.sleep(100);
            }
        }
    }
}
