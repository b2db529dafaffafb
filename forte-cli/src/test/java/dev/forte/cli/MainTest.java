package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.cli.internal.CliException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir Path workingDirectory;

    @Test
    void sandboxParsesEveryOption() {
        SandboxCommand sandbox = Cli.in(workingDirectory).parse(SandboxCommand.class, "sandbox", "--port", "0",
                "--data-dir", "state", "--db", "jdbc:postgresql://db/app?user=u", "--project", "app",
                "--allow-destructive-migration");

        assertThat(sandbox.port).isZero();
        assertThat(sandbox.dataDirectory()).isEqualTo(workingDirectory.resolve("state"));
        assertThat(sandbox.jdbcUrl()).isEqualTo("jdbc:postgresql://db/app?user=u");
        assertThat(sandbox.backend.projectDirectory(context())).isEqualTo(workingDirectory.resolve("app"));
        assertThat(sandbox.allowDestructiveMigration).isTrue();
    }

    @Test
    void sandboxDefaultsToPort20002AndDataInTheProjectsForteDirectory() {
        SandboxCommand sandbox = Cli.in(workingDirectory).parse(SandboxCommand.class, "sandbox", "--project", "app");

        assertThat(sandbox.port).isEqualTo(20002);
        assertThat(sandbox.dataDirectory()).isEqualTo(workingDirectory.resolve("app/.forte"));
        assertThat(sandbox.jdbcUrl()).isNull();
        assertThat(sandbox.allowDestructiveMigration).isFalse();
        assertThat(sandbox.backend.backendFile).isNull();
    }

    @Test
    void sandboxProjectDefaultsToTheWorkingDirectory() {
        SandboxCommand sandbox = Cli.in(workingDirectory).parse(SandboxCommand.class, "sandbox");

        assertThat(sandbox.backend.projectDirectory(context())).isEqualTo(workingDirectory);
        assertThat(sandbox.dataDirectory()).isEqualTo(workingDirectory.resolve(".forte"));
    }

    @Test
    void sandboxReadsTheDatabaseFromForteDbUrlUnlessDbIsGiven() {
        Cli cli = new Cli(workingDirectory, Map.of("FORTE_DB_URL", "jdbc:postgresql://env/db"));

        assertThat(cli.parse(SandboxCommand.class, "sandbox").jdbcUrl()).isEqualTo("jdbc:postgresql://env/db");
        assertThat(cli.parse(SandboxCommand.class, "sandbox", "--db", "jdbc:postgresql://flag/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://flag/db");
    }

    @Test
    void rejectsADatabaseUrlThatIsNotPostgresNamingWhereItCameFrom() {
        Cli cli = new Cli(workingDirectory, Map.of("FORTE_DB_URL", "mysql://db"));

        assertThatThrownBy(() -> cli.parse(SandboxCommand.class, "sandbox").jdbcUrl())
                .isInstanceOf(CliException.class)
                .hasMessageStartingWith("$FORTE_DB_URL is not a PostgreSQL JDBC URL: give jdbc:postgresql://");
        assertThat(cli.run("sandbox", "--db", "jdbc:h2:mem:x", "--backend-file", "Missing.java").err())
                .startsWith("Error: --db is not a PostgreSQL JDBC URL");
    }

    @Test
    void rejectsAPortOutOfRangeNamingTheOption() {
        Cli.Result result = Cli.in(workingDirectory).run("sandbox", "--port", "70000", "--backend-file",
                "Missing.java");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).isEqualTo("Error: --port 70000 is out of range: give 0 (any free port) to 65535.\n");
    }

    @Test
    void rejectsADataDirectoryThatIsAFile() throws Exception {
        java.nio.file.Files.writeString(workingDirectory.resolve("state"), "");

        assertThat(Cli.in(workingDirectory).run("sandbox", "--data-dir", "state").err())
                .startsWith("Error: --data-dir " + workingDirectory.resolve("state") + " is a file. Give a directory");
    }

    @Test
    void generateGraphqlSchemaParsesOutAndTheBackendOptions() {
        GenerateGraphqlSchemaCommand generate = Cli.in(workingDirectory).parse(GenerateGraphqlSchemaCommand.class,
                "generate", "graphql-schema", "--out", "schema.graphql", "--backend-file", "My.java");

        assertThat(generate.out).isEqualTo(Path.of("schema.graphql"));
        assertThat(generate.backend.backendFile).isEqualTo(Path.of("My.java"));
    }

    @Test
    void unknownOptionIsAUsageErrorThatPointsToHelp() {
        Cli.Result result = Cli.in(workingDirectory).run("sandbox", "--projet");

        assertThat(result.status()).isEqualTo(Main.USAGE_ERROR);
        assertThat(result.err()).contains("Error: Unknown option: '--projet'")
                .contains("Possible solutions: --project")
                .contains("Run `forte sandbox --help` for the options.");
    }

    @Test
    void nonNumericPortIsAUsageError() {
        Cli.Result result = Cli.in(workingDirectory).run("sandbox", "--port", "http");

        assertThat(result.status()).isEqualTo(Main.USAGE_ERROR);
        assertThat(result.err()).contains("--port").contains("'http' is not an int");
    }

    @Test
    void noCommandPrintsUsageAndFails() {
        Cli.Result result = Cli.in(workingDirectory).run();

        assertThat(result.status()).isEqualTo(Main.USAGE_ERROR);
        assertThat(result.err()).contains("Choose a command: sandbox, serve, generate, function, auth or api-key.").contains("Usage: forte");
    }

    @Test
    void generateWithoutWhatListsTheGenerators() {
        Cli.Result result = Cli.in(workingDirectory).run("generate");

        assertThat(result.status()).isEqualTo(Main.USAGE_ERROR);
        assertThat(result.err()).contains("Choose what to generate: graphql-schema, graphql-client-code, outputs.");
    }

    @Test
    void helpGoesToOutAndSucceeds() {
        Cli.Result result = Cli.in(workingDirectory).run("sandbox", "--help");

        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("--port=N", "--data-dir=DIR", "--db=JDBC_URL", "--project=DIR",
                "--backend-file=FILE.java", "--allow-destructive-migration", "default: 20002");
    }

    private CliContext context() {
        return new Cli(workingDirectory, Map.of()).context(System.out, System.err,
                dev.forte.cli.internal.StopSignal.manual());
    }
}
