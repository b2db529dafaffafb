package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --backend-file}: one Java source compiled in memory, and every way it can be wrong. */
class BackendFileTest {
    @TempDir Path directory;

    @Test
    void reportsCompileErrorsAsFileLineMessage() throws IOException {
        write("Broken.java", """
                import dev.forte.backend.*;
                public class Broken implements BackendDefinition {
                    public Backend define() { return Backend.of(null) }
                    Strin name;
                }
                """);

        Cli.Result result = generateSchema("Broken.java");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).startsWith("Error: Broken.java:3: ';' expected\n")
                .contains("Fix the errors above in --backend-file Broken.java.")
                .doesNotContain("\tat ");
    }

    @Test
    void reportsTypeErrorsWithTheirDetail() throws IOException {
        write("Typo.java", """
                import dev.forte.backend.*;
                public class Typo implements BackendDefinition {
                    public Backend define() { return Backend.of(null); }
                    Strin name;
                }
                """);

        assertThat(generateSchema("Typo.java").err()).startsWith("Error: Typo.java:4: cannot find symbol\n")
                .contains("symbol:   class Strin");
    }

    @Test
    void rejectsAFileThatIsNotJavaSource() {
        assertThat(generateSchema("schema.ts").err()).startsWith(
                "Error: --backend-file schema.ts is not a Java source file: give a FILE.java holding a class that "
                        + "implements dev.forte.backend.BackendDefinition.");
    }

    @Test
    void rejectsAMissingFile() {
        assertThat(generateSchema("Missing.java").err()).startsWith("Error: --backend-file Missing.java does not exist.");
    }

    @Test
    void saysWhenTheFileDeclaresNoBackend() throws IOException {
        write("Plain.java", "public class Plain {}\n");

        assertThat(generateSchema("Plain.java").err()).startsWith(
                "Error: No class implementing dev.forte.backend.BackendDefinition in Plain.java. Add one with a "
                        + "no-argument constructor");
    }

    @Test
    void namesEveryBackendWhenTheFileDeclaresSeveral() throws IOException {
        write("Two.java", """
                import dev.forte.backend.*;
                public class Two {
                    public static class One implements BackendDefinition { public Backend define() { return null; } }
                    public static class Other implements BackendDefinition { public Backend define() { return null; } }
                }
                """);

        assertThat(generateSchema("Two.java").err()).startsWith(
                "Error: Found 2 classes implementing dev.forte.backend.BackendDefinition in Two.java: Two$One, "
                        + "Two$Other. Keep one");
    }

    @Test
    void printsAForteErrorFromDefineAsItsMessageOnly() throws IOException {
        write("Invalid.java", """
                import dev.forte.backend.*;
                public class Invalid implements BackendDefinition {
                    public Backend define() {
                        throw new dev.forte.ForteException("Model `Todo` is missing authorization rules.");
                    }
                }
                """);

        Cli.Result result = generateSchema("Invalid.java");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).isEqualTo("Error: Model `Todo` is missing authorization rules.\n");
    }

    @Test
    void namesTheBackendAndLineWhenDefineFailsUnexpectedly() throws IOException {
        write("pkg/Failing.java", """
                package pkg;
                import dev.forte.backend.*;
                public class Failing implements BackendDefinition {
                    public Backend define() {
                        String name = null;
                        return Backend.of(null).equals(name.trim()) ? null : null;
                    }
                }
                """);

        assertThat(generateSchema("pkg/Failing.java").err()).startsWith(
                "Error: pkg.Failing.define() failed: java.lang.NullPointerException")
                .endsWith("(at Failing.java:6)\n");
    }

    @Test
    void saysWhenDefineReturnsNull() throws IOException {
        write("Nothing.java", """
                public class Nothing implements dev.forte.backend.BackendDefinition {
                    public dev.forte.backend.Backend define() { return null; }
                }
                """);

        assertThat(generateSchema("Nothing.java").err())
                .startsWith("Error: Nothing.define() returned null. Return the backend");
    }

    @Test
    void needsANoArgumentConstructor() throws IOException {
        write("Configured.java", """
                public class Configured implements dev.forte.backend.BackendDefinition {
                    public Configured(String name) {}
                    public dev.forte.backend.Backend define() { return null; }
                }
                """);

        assertThat(generateSchema("Configured.java").err()).startsWith(
                "Error: Backend Configured has no no-argument constructor. Add one: Forte creates the backend with "
                        + "`new Configured()`.");
    }

    @Test
    void writesTheSchemaOfAValidBackend() throws IOException {
        Files.copy(Path.of("src/test/resources/backends/TodoBackend.java"), directory.resolve("TodoBackend.java"));

        Cli.Result result = Cli.in(directory).run("generate", "graphql-schema", "--backend-file", "TodoBackend.java",
                "--out", "out/schema.graphql");

        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("Wrote the GraphQL schema to " + directory.resolve("out/schema.graphql")
                + "\n");
        assertThat(Files.readString(directory.resolve("out/schema.graphql")))
                .contains("type Todo", "createTodo(input: CreateTodoInput!", "listTodos(");
    }

    private Cli.Result generateSchema(String backendFile) {
        return Cli.in(directory).run("generate", "graphql-schema", "--backend-file", backendFile);
    }

    private void write(String name, String source) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
