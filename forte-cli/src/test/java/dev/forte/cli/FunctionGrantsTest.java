package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3's second must-show, from the functions' own worker JVMs with the credentials the sandbox issued them: a
 * function granted only QUERY that calls createTodo is Unauthorized and writes nothing; one granted nothing gets no
 * data variables at all, and its listTodos with made-up credentials is refused.
 */
class FunctionGrantsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path directory;

    @Test
    void functionsReachTheApiOnlyAsFarAsTheirGrants() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/GrantsBackend.java"), directory.resolve("GrantsBackend.java"));
        RunningSandbox sandbox = RunningSandbox.start(directory, "--backend-file", "GrantsBackend.java", "--port", "0",
                "--data-dir", "data");
        int status;
        try {
            Cli.Result reader = Cli.in(directory).run("function", "invoke", "reader", "--data-dir", "data");
            Cli.Result outsider = Cli.in(directory).run("function", "invoke", "outsider", "--data-dir", "data",
                    "--payload", JSON.writeValueAsString(Map.of("endpoint", sandbox.endpoint())));

            assertThat(reader.status()).as(reader.err()).isZero();
            JsonNode read = JSON.readTree(reader.out());
            assertThat(read.path("createTodo").isNull()).isTrue();
            assertThat(read.path("errorType").asText()).isEqualTo("Unauthorized");
            assertThat(read.path("message").asText()).isEqualTo("Not Authorized to access createTodo on type Mutation");
            assertThat(read.path("listErrors").asInt()).as("the reader may list").isZero();
            assertThat(read.path("listed").size()).isZero();
            assertThat(sandbox.postOk("{ listTodos { items { name } } }")).doesNotContain("written by reader");

            assertThat(outsider.status()).as(outsider.err()).isZero();
            JsonNode outside = JSON.readTree(outsider.out());
            assertThat(outside.path("variables").size()).as(outside.toString()).isZero();
            assertThat(outside.path("refusedWith").asText()).isEqualTo("401 UnauthorizedException");
        } finally {
            status = sandbox.stop();
        }
        assertThat(status).as(sandbox.err()).isZero();
    }
}
