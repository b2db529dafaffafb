package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.client.DataClient;
import dev.forte.client.GraphqlResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custom queries and mutations answered by functions in the sandbox's worker JVMs: the function gets AppSync's
 * resolver event, its output is the field's value, its failure AppSync's {@code Lambda:Unhandled} error, and an
 * {@code .async()} mutation answers at once while the function runs (here, writing through the data API with its
 * own credentials).
 */
class CustomOperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path directory;
    private static RunningSandbox sandbox;
    private static DataClient client;

    @BeforeAll
    static void startSandbox() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/CustomOperationsBackend.java"),
                directory.resolve("CustomOperationsBackend.java"));
        sandbox = RunningSandbox.start(directory, "--backend-file", "CustomOperationsBackend.java", "--port", "0",
                "--data-dir", "data");
        client = DataClient.builder().endpoint(URI.create(sandbox.endpoint())).apiKey(sandbox.apiKey()).build();
    }

    @AfterAll
    static void stopSandbox() throws Exception {
        if (sandbox != null) {
            assertThat(sandbox.stop()).as(sandbox.err()).isZero();
        }
    }

    @Test
    void theFunctionReceivesAppSyncsResolverEvent() throws Exception {
        GraphqlResponse response = client.graphql("query Echo($range: RangeInput) { echo(text: \"hi\", range: $range) }",
                Map.of("range", Map.of("from", 1, "to", 3)));

        assertThat(response.errors()).isEmpty();
        JsonNode event = JSON.readTree(response.data().path("echo").asText());
        assertThat(event.path("typeName").asText()).isEqualTo("Query");
        assertThat(event.path("fieldName").asText()).isEqualTo("echo");
        assertThat(event.path("arguments")).isEqualTo(JSON.readTree("{\"text\":\"hi\",\"range\":{\"from\":1,\"to\":3}}"));
        assertThat(event.path("identity").isNull()).as("an API key caller has no identity").isTrue();
        assertThat(event.path("source").isNull()).isTrue();
        assertThat(event.path("request").path("headers").path("x-api-key").asText()).isEqualTo(sandbox.apiKey());
        assertThat(event.path("prev")).isEqualTo(JSON.readTree("{\"result\":{}}"));
        assertThat(event.fieldNames()).toIterable().containsExactly("typeName", "fieldName", "arguments",
                "identity", "source", "request", "prev");
    }

    @Test
    void theFunctionsOutputIsTheFieldsValue() {
        sandbox.postOk("mutation { createTodo(input: {name: \"stats one\"}) { id } }");
        sandbox.postOk("mutation { createTodo(input: {name: \"other\"}) { id } }");

        GraphqlResponse response = client.graphql("{ todoStats(prefix: \"stats\") { total matching } }");

        assertThat(response.errors()).isEmpty();
        JsonNode stats = response.data().path("todoStats");
        assertThat(stats.path("matching").asInt()).isEqualTo(1);
        assertThat(stats.path("total").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFailingFunctionIsALambdaUnhandledErrorOnTheField() {
        GraphqlResponse response = client.graphql("{ todoStats(prefix: \"fail\") { total } }");

        assertThat(response.data().path("todoStats").isNull()).isTrue();
        assertThat(response.errors()).hasSize(1);
        assertThat(response.errors().get(0).errorType()).isEqualTo("Lambda:Unhandled");
        assertThat(response.errors().get(0).message()).isEqualTo("No stats for prefix `fail`");
    }

    @Test
    void anAsyncMutationAnswersAtOnceAndTheFunctionRunsAfterwards() throws Exception {
        GraphqlResponse response = client.graphql("mutation { createLater(name: \"made later\") { success } }");

        assertThat(response.errors()).isEmpty();
        assertThat(response.data().path("createLater").path("success").asBoolean()).isTrue();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!sandbox.postOk("{ listTodos { items { name } } }").contains("made later")) {
            assertThat(Instant.now()).as("the async function's todo never appeared").isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
