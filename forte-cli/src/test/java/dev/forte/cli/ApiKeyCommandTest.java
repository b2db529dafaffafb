package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forte api-key} against the embedded database of a running {@code forte serve --embedded-db} node: the node
 * accepts a created key at once, refuses a deleted one well within the 30 seconds it caches keys, and takes an
 * extended expiry; mistakes are refused with what to give instead.
 */
class ApiKeyCommandTest {
    /** Shorter than the node's cache time, so only the change notification can explain a refusal within it. */
    private static final Duration WITHIN_CACHE_TIME = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path directory;
    static RunningSandbox node;

    @BeforeAll
    static void startNode() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/GrantsBackend.java"), directory.resolve("GrantsBackend.java"));
        node = RunningSandbox.serve(directory, "--backend-file", "GrantsBackend.java", "--port", "0", "--embedded-db",
                "--data-dir", "node");
    }

    @AfterAll
    static void stopNode() throws Exception {
        node.stop();
    }

    @Test
    void theRunningNodeAcceptsACreatedKeyAtOnceAndRefusesItOnceDeleted() throws Exception {
        Cli.Result created = apiKey("create", "--description", "ci", "--expires-in-days", "30", "--output", "json");
        assertThat(created.status()).as(created.err()).isZero();
        JsonNode key = JSON.readTree(created.out()).path("apiKey");
        String id = key.path("id").asText();
        assertThat(id).matches("da2-[a-z0-9]{26}");
        assertThat(key.path("description").asText()).isEqualTo("ci");
        assertThat(Instant.ofEpochSecond(key.path("expires").asLong()))
                .isBetween(Instant.now().plus(Duration.ofDays(30)).minus(Duration.ofHours(1)),
                        Instant.now().plus(Duration.ofDays(30)));
        assertThat(status(id)).isEqualTo(200);
        assertThat(apiKey("list").out()).containsPattern(id + "  expires \\S+:00:00Z \\(in 30 days\\)  ci\n")
                .contains(node.apiKey());

        Cli.Result deleted = apiKey("delete", id);

        assertThat(deleted.out()).isEqualTo("Deleted " + id + ": clients that send it are refused.\n");
        assertThat(refusedWithinCacheTime(id)).isTrue();
        assertThat(apiKey("list").out()).doesNotContain(id);
    }

    @Test
    void updateExtendsTheNodesKeyToAnIsoDateRoundedDownToTheHour() throws Exception {
        Instant later = Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.MINUTES);

        Cli.Result updated = apiKey("update", node.apiKey(), "--expires", later.toString(), "--output", "json");

        assertThat(updated.status()).as(updated.err()).isZero();
        assertThat(JSON.readTree(updated.out()).path("apiKey").path("expires").asLong())
                .isEqualTo(later.truncatedTo(ChronoUnit.HOURS).getEpochSecond());
        assertThat(status(node.apiKey())).isEqualTo(200);
    }

    @Test
    void refusesExpiriesOutsideAppSyncsLimitsSayingWhatToGive() {
        assertThat(apiKey("update", node.apiKey(), "--expires-in-days", "400").err())
                .contains("--expires-in-days 400 is out of range: an API key must expire between 1 and 365 days");
        assertThat(apiKey("create", "--expires", "2020-01-01").err())
                .contains("--expires 2020-01-01: An API key must expire between 1 and 365 days from now, in whole "
                        + "hours").contains("is in the past");
        assertThat(apiKey("create", "--expires", "tomorrow").err())
                .contains("--expires tomorrow is neither epoch seconds nor an ISO date or time");
        assertThat(apiKey("update", node.apiKey()).err()).contains("Nothing to update: give --expires-in-days N");
        Cli.Result unknown = apiKey("delete", "da2-nosuchkey");
        assertThat(unknown.status()).isEqualTo(Main.FAILURE);
        assertThat(unknown.err()).contains("There is no API key da2-nosuchkey");
    }

    @Test
    void aDataDirectoryWithoutADatabaseIsReportedWithWhatToDo() {
        Cli.Result result = Cli.in(directory).run("api-key", "list", "--data-dir", "empty");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("There is no embedded database in").contains("give the database of a node "
                + "with --db");
    }

    private static Cli.Result apiKey(String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "api-key";
        System.arraycopy(args, 0, command, 1, args.length);
        command[args.length + 1] = "--data-dir";
        command[args.length + 2] = "node";
        return Cli.in(directory).run(command);
    }

    private static boolean refusedWithinCacheTime(String key) throws Exception {
        long deadline = System.nanoTime() + WITHIN_CACHE_TIME.toNanos();
        while (System.nanoTime() < deadline) {
            if (status(key) == 401) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static int status(String key) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.endpoint()))
                        .header("content-type", "application/json").header("x-api-key", key)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ listTodos { items { id } } }\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
