package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forte function invoke} runs a function in the sandbox running for the same data directory, and
 * {@code forte function env} prints the environment that sandbox gives it.
 */
class FunctionInvokeTest {
    @TempDir Path directory;

    @Test
    void invokesAndDescribesTheFunctionsOfTheRunningSandbox() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/FunctionsBackend.java"),
                directory.resolve("FunctionsBackend.java"));
        RunningSandbox sandbox = RunningSandbox.start(directory, "--backend-file", "FunctionsBackend.java",
                "--port", "0", "--data-dir", "data");
        int status;
        try {
            Cli.Result granted = Cli.in(directory).run("function", "invoke", "granted", "--data-dir", "data");
            Cli.Result ungranted = Cli.in(directory).run("function", "invoke", "ungranted", "--payload",
                    "{\"any\":1}", "--data-dir", "data");
            Cli.Result missing = Cli.in(directory).run("function", "invoke", "missing", "--data-dir", "data");
            Cli.Result grantedEnvironment = Cli.in(directory).run("function", "env", "granted", "--data-dir", "data");
            Cli.Result ungrantedEnvironment = Cli.in(directory).run("function", "env", "ungranted", "--data-dir",
                    "data");
            Cli.Result missingEnvironment = Cli.in(directory).run("function", "env", "missing", "--data-dir", "data");

            assertThat(granted.status()).as(granted.err()).isZero();
            assertThat(granted.out()).contains("\"amplifyData_GRAPHQL_ENDPOINT\":\"" + sandbox.endpoint() + "\"")
                    .contains("\"AWS_ACCESS_KEY_ID\":\"set\"", "\"AWS_SESSION_TOKEN\":\"set\"");
            assertThat(ungranted.status()).as(ungranted.err()).isZero();
            assertThat(ungranted.out()).doesNotContain("GRAPHQL_ENDPOINT", "AWS_ACCESS_KEY_ID");
            assertThat(missing.status()).isEqualTo(Main.FAILURE);
            assertThat(missing.err()).contains("No function named `missing`");
            JsonNode environment = new ObjectMapper().readTree(grantedEnvironment.out());
            assertThat(environment.path("amplifyData_GRAPHQL_ENDPOINT").asText()).isEqualTo(sandbox.endpoint());
            assertThat(environment.path("AWS_ACCESS_KEY_ID").asText()).startsWith("ASIA");
            assertThat(environment.path("AWS_SECRET_ACCESS_KEY").asText()).isNotBlank();
            assertThat(environment.path("AWS_SESSION_TOKEN").asText()).isNotBlank();
            assertThat(ungrantedEnvironment.status()).as(ungrantedEnvironment.err()).isZero();
            assertThat(ungrantedEnvironment.out()).doesNotContain("GRAPHQL_ENDPOINT", "AWS_ACCESS_KEY_ID");
            assertThat(missingEnvironment.status()).isEqualTo(Main.FAILURE);
            assertThat(missingEnvironment.err()).contains("No function named `missing`");
            assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(directory.resolve("data/sandbox.json")))).isEqualTo("rw-------");
            assertThat(sandbox.out()).contains("Functions: granted, ungranted");
        } finally {
            status = sandbox.stop();
        }
        assertThat(status).as(sandbox.err()).isZero();
        assertThat(directory.resolve("data/sandbox.json")).doesNotExist();
    }

    @Test
    void saysSoWhenNoSandboxIsRunning() {
        Cli.Result result = Cli.in(directory).run("function", "invoke", "granted");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("No sandbox is running for " + directory.resolve(".forte"))
                .contains("Start one with `forte sandbox`");
    }

    @Test
    void refusesAPayloadThatIsNotJson() {
        Cli.Result result = Cli.in(directory).run("function", "invoke", "granted", "--payload", "{oops");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("--payload is not JSON");
    }
}
