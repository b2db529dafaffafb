package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.examples.todo.TodoBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java statements committed in examples/todo are what {@code generate graphql-client-code} writes for its
 * backend now, so changing the example's schema without regenerating them fails the build.
 */
class ExampleTodoStatementsTest {
    private static final Path EXAMPLE_SOURCES = Path.of("../examples/todo/src/main/java").toAbsolutePath().normalize();

    @TempDir
    Path directory;

    @Test
    void committedJavaStatementsOfTheExampleAreCurrent() throws IOException {
        // The example's backend is on the test classpath; a one-line backend file hands it to --backend-file.
        Files.writeString(directory.resolve("ExampleTodo.java"), """
                public class ExampleTodo implements dev.forte.backend.BackendDefinition {
                    @Override
                    public dev.forte.backend.Backend define() {
                        return new %s().define();
                    }
                }
                """.formatted(TodoBackend.class.getName()));

        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file",
                "ExampleTodo.java", "--statement-target", "java", "--java-package", "dev.forte.examples.todo.graphql",
                "--out", EXAMPLE_SOURCES.toString(), "--check");

        assertThat(result.status()).as("%s%nRegenerate them as examples/todo/src/main/java/dev/forte/examples/todo/"
                + "graphql/package-info.java says.", result.err()).isZero();
        assertThat(result.out()).contains("is current");
        assertThat(EXAMPLE_SOURCES.resolve("dev/forte/examples/todo/graphql/Mutations.java")).content()
                .contains("public static final String CREATE_TODO");
    }
}
