package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox writes {@code amplify_outputs.json} on start, and {@code forte generate outputs} writes the same file
 * for the running sandbox (or for an API named by flags).
 */
class GenerateOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path directory;

    @Test
    void sandboxAndGenerateOutputsWriteTheRunningSandboxsConfiguration() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/TodoBackend.java"), directory.resolve("TodoBackend.java"));
        RunningSandbox sandbox = RunningSandbox.start(directory, "--backend-file", "TodoBackend.java", "--port", "0",
                "--data-dir", "data", "--outputs-out-dir", "app");
        int status;
        try {
            JsonNode written = JSON.readTree(directory.resolve("app/amplify_outputs.json").toFile());
            Cli.Result generated = Cli.in(directory).run("generate", "outputs", "--backend-file", "TodoBackend.java",
                    "--data-dir", "data", "--out-dir", "web");

            assertThat(sandbox.out()).contains("Wrote " + directory.resolve("app/amplify_outputs.json"));
            assertThat(written.path("version").asText()).isEqualTo("1.4");
            assertThat(written.at("/data/url").asText()).isEqualTo(sandbox.endpoint());
            assertThat(written.at("/data/api_key").asText()).isEqualTo(sandbox.apiKey());
            assertThat(written.at("/data/default_authorization_type").asText()).isEqualTo("API_KEY");
            assertThat(written.at("/data/model_introspection/models/Todo/fields/content/type").asText())
                    .isEqualTo("String");
            assertThat(generated.status()).as(generated.err()).isZero();
            assertThat(JSON.readTree(directory.resolve("web/amplify_outputs.json").toFile())).isEqualTo(written);
        } finally {
            status = sandbox.stop();
        }
        assertThat(status).as(sandbox.err()).isZero();
    }

    @Test
    void writesForTheApiTheFlagsNameWhenNoSandboxRuns() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/TodoBackend.java"), directory.resolve("TodoBackend.java"));

        Cli.Result result = Cli.in(directory).run("generate", "outputs", "--backend-file", "TodoBackend.java",
                "--url", "https://forte.example.com/graphql", "--api-key", "da2-key", "--region", "eu-west-1");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode data = JSON.readTree(directory.resolve("amplify_outputs.json").toFile()).path("data");
        assertThat(data.path("url").asText()).isEqualTo("https://forte.example.com/graphql");
        assertThat(data.path("api_key").asText()).isEqualTo("da2-key");
        assertThat(data.path("aws_region").asText()).isEqualTo("eu-west-1");
    }

    @Test
    void saysHowToNameTheApiWhenNoSandboxRuns() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/TodoBackend.java"), directory.resolve("TodoBackend.java"));

        Cli.Result result = Cli.in(directory).run("generate", "outputs", "--backend-file", "TodoBackend.java");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("No sandbox is running for " + directory.resolve(".forte"))
                .contains("--url");
        assertThat(directory.resolve("amplify_outputs.json")).doesNotExist();
    }
}
