package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forte sandbox} watching a {@code --backend-file}: an edit reloads the API, a broken edit keeps it. */
class SandboxReloadTest {
    private static final Duration RELOAD = Duration.ofMinutes(2);
    private static final String ORIGINAL_FIELDS = "List.of(Field.of(\"content\", Scalar.STRING))";
    private static final String WITH_PRIORITY =
            "List.of(Field.of(\"content\", Scalar.STRING), Field.of(\"priority\", Scalar.INT))";

    @TempDir Path directory;

    @Test
    void editingTheBackendFileReloadsTheApiAndOutputsAndABrokenEditKeepsTheOldBackendServing() throws Exception {
        Path source = directory.resolve("TodoBackend.java");
        Files.copy(Path.of("src/test/resources/backends/TodoBackend.java"), source);
        RunningSandbox sandbox = RunningSandbox.start(directory, "--backend-file", "TodoBackend.java", "--port", "0",
                "--data-dir", "data", "--client-code-out", "graphql");
        Path outputs = directory.resolve("amplify_outputs.json");
        Path mutations = directory.resolve("graphql/mutations.ts");
        try {
            assertThat(Files.readString(outputs)).doesNotContain("priority");
            assertThat(Files.readString(mutations)).contains("createTodo").doesNotContain("priority");
            sandbox.post("mutation { createTodo(input: {content: \"before the edit\"}) { id } }");

            Files.writeString(source, Files.readString(source).replace(ORIGINAL_FIELDS, WITH_PRIORITY));

            awaitCondition("amplify_outputs.json names the new field", sandbox,
                    () -> read(outputs).contains("\"priority\""));
            awaitCondition("the API accepts the new field", sandbox, () -> accepts(sandbox,
                    "mutation { createTodo(input: {content: \"after\", priority: 2}) { priority } }"));
            assertThat(sandbox.out()).contains("Backend changed: reloaded (models: Todo; functions: none)")
                    .contains("Wrote " + outputs);
            assertThat(read(mutations)).contains("priority");
            assertThat(sandbox.postOk("query { listTodos { items { content priority } } }"))
                    .contains("\"content\":\"before the edit\"").contains("\"priority\":2");

            Files.writeString(source, Files.readString(source).replace("public Backend define() {",
                    "public Backend define() { int broken = ;"));

            awaitCondition("the sandbox reports the compile error", sandbox,
                    () -> sandbox.err().contains("Backend changed, but it does not load"));
            assertThat(sandbox.err()).contains("TodoBackend.java").contains("Still serving the previous backend");
            assertThat(sandbox.postOk("query { listTodos { items { content priority } } }"))
                    .contains("\"priority\":2");
            assertThat(read(outputs)).contains("\"priority\"");
        } finally {
            assertThat(sandbox.stop()).as(sandbox.err()).isZero();
        }
    }

    @Test
    void aChangeThatWouldLoseDataIsRefusedAndThePreviousBackendServesAgain() throws Exception {
        Path source = directory.resolve("TodoBackend.java");
        Files.writeString(source, Files.readString(Path.of("src/test/resources/backends/TodoBackend.java"))
                .replace(ORIGINAL_FIELDS, WITH_PRIORITY));
        RunningSandbox sandbox = RunningSandbox.start(directory, "--backend-file", "TodoBackend.java", "--port", "0",
                "--data-dir", "data");
        try {
            sandbox.post("mutation { createTodo(input: {content: \"kept\", priority: 1}) { id } }");

            Files.writeString(source, Files.readString(source).replace(WITH_PRIORITY, ORIGINAL_FIELDS));

            awaitCondition("the sandbox serves the previous backend again", sandbox,
                    () -> sandbox.out().contains("Serving the previous backend again"));
            assertThat(sandbox.err()).contains("Backend changed, but the new backend does not start")
                    .contains("field `priority` was removed").contains("--allow-destructive-migration");
            assertThat(sandbox.postOk("query { listTodos { items { content priority } } }"))
                    .contains("{\"content\":\"kept\",\"priority\":1}");
        } finally {
            assertThat(sandbox.stop()).as(sandbox.err()).isZero();
        }
    }

    private static boolean accepts(RunningSandbox sandbox, String query) {
        try {
            sandbox.post(query);
            return true;
        } catch (Exception | AssertionError e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void awaitCondition(String what, RunningSandbox sandbox, BooleanSupplier condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(RELOAD);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + RELOAD + " until " + what + "; the sandbox printed:\n"
                        + sandbox.out() + sandbox.err());
            }
            Thread.sleep(100);
        }
    }
}
