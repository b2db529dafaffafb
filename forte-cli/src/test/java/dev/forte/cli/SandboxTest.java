package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forte sandbox} in-process: the embedded database, a real HTTP request, and a clean stop. */
class SandboxTest {
    @TempDir Path directory;

    @Test
    void servesTheBackendOnAFreePortPrintsEndpointAndKeyAndStopsCleanly() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/TodoBackend.java"), directory.resolve("TodoBackend.java"));
        RunningSandbox sandbox = RunningSandbox.start(directory, "--backend-file", "TodoBackend.java", "--port", "0",
                "--data-dir", "data");
        int status;
        try {
            String created = sandbox.post("mutation { createTodo(input: {content: \"write the CLI\"}) { id content } }");
            String listed = sandbox.post("query { listTodos { items { content } } }");

            assertThat(created).contains("\"content\":\"write the CLI\"");
            assertThat(listed).contains("{\"items\":[{\"content\":\"write the CLI\"}]");
            assertThat(directory.resolve("data")).isNotEmptyDirectory();
        } finally {
            status = sandbox.stop();
        }
        assertThat(status).as(sandbox.err()).isZero();
        assertThat(sandbox.out()).endsWith("Stopping Forte sandbox…\nForte sandbox stopped.\n");
    }
}
