package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code forte generate graphql-client-code}: what it writes, {@code --check}, and how it refuses bad options. */
class GenerateGraphqlClientCodeTest {
    private static final Path BACKENDS = Path.of("../conformance/backends").toAbsolutePath().normalize();
    private static final String ANDROID_PACKAGE = "com/amplifyframework/datastore/generated/model";
    private static final Path REFERENCES = Path.of("../forte-codegen/src/test/resources/conformance")
            .toAbsolutePath().normalize();

    @TempDir
    Path directory;

    private static String backend(int n) {
        return BACKENDS.resolve("Schema" + n + "Backend.java").toString();
    }

    @Test
    void writesAmplifysGraphqlStatementsForTheTodoSchema() throws IOException {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(1),
                "--statement-target", "graphql", "--out", "src/graphql");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("Wrote 3 files to " + directory.resolve("src/graphql"));
        for (String file : new String[] {"queries.graphql", "mutations.graphql", "subscriptions.graphql"}) {
            assertThat(directory.resolve("src/graphql/" + file))
                    .hasSameTextualContentAs(REFERENCES.resolve("schema1/statements-graphql/" + file));
        }
    }

    @Test
    void writesTypescriptStatementsWithApiTsByDefault() throws IOException {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(5));

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(fileNames(directory)).containsExactly("API.ts", "mutations.ts", "queries.ts", "subscriptions.ts");
        assertThat(directory.resolve("API.ts"))
                .hasSameTextualContentAs(REFERENCES.resolve("schema5/types-typescript/API.ts"));
    }

    @Test
    void generatesFromAnAppSyncSchemaFile() throws IOException {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--schema",
                Path.of("../forte-transform/src/test/resources/conformance/schema2/schema2.appsync.graphql")
                        .toAbsolutePath().toString(), "--statement-target", "javascript",
                "--out", "js");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(Files.readString(directory.resolve("js/subscriptions.js")))
                .startsWith("/* eslint-disable */\n")
                .contains("export const onCreateTodo = /* GraphQL */ `\n  subscription OnCreateTodo(\n");
    }

    @Test
    void formatIntrospectionWritesAmplifysModelIntrospection() {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(5),
                "--format", "introspection", "--out", "introspection");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(directory.resolve("introspection/model-introspection.json")).hasSameTextualContentAs(
                REFERENCES.resolve("introspection/schema5/model-introspection.json"));
    }

    @Test
    void formatModelgenJavaWritesAmplifyAndroidsClassesByteForByteAsAmplify() throws IOException {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(4),
                "--format", "modelgen", "--model-target", "java", "--out", "app/src/main/java");

        assertThat(result.status()).as(result.err()).isZero();
        Path expected = REFERENCES.resolve("models-java/schema4/" + ANDROID_PACKAGE);
        Path actual = directory.resolve("app/src/main/java/" + ANDROID_PACKAGE);
        assertThat(fileNames(actual)).containsExactlyElementsOf(fileNames(expected).toList());
        for (String file : fileNames(expected).toList()) {
            assertThat(actual.resolve(file)).hasSameBinaryContentAs(expected.resolve(file));
        }
    }

    @Test
    void formatModelgenForteJavaWritesTypedModelsIntoTheirPackageBelowOut() throws IOException {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(4),
                "--format", "modelgen", "--model-target", "forte-java", "--model-package", "com.example.models",
                "--out", "src/main/java");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(fileNames(directory.resolve("src/main/java/com/example/models"))).containsExactly("Address.java",
                "DataModels.java", "GeoPoint.java", "Place.java", "PlaceMeta.java", "PlacePriority.java",
                "Status.java");
        assertThat(Files.readString(directory.resolve("src/main/java/com/example/models/Place.java")))
                .contains("package com.example.models;", "public record Place(", "Status requiredStatus",
                        "List<Status> statusHistory", "public static Place of(String name, Status requiredStatus)");
    }

    @Test
    void androidClassesOfAnEarlierSchemaAreLeftOverButHandWrittenClassesInTheirPackageAreKept() throws IOException {
        String[] generate = {"generate", "graphql-client-code", "--backend-file", backend(4), "--format", "modelgen",
            "--model-target", "java", "--out", "app/src/main/java"};
        assertThat(Cli.in(directory).run(generate).status()).isZero();
        Path models = directory.resolve("app/src/main/java/" + ANDROID_PACKAGE);
        Files.writeString(models.resolve("PlaceFormatter.java"),
                "package com.amplifyframework.datastore.generated.model;\nclass PlaceFormatter {}\n");

        generate[3] = backend(1);
        Cli.Result stale = Cli.in(directory).run(append(generate, "--check"));
        assertThat(stale.status()).isEqualTo(Main.FAILURE);
        assertThat(stale.err()).contains("Place.java is left over from an earlier schema",
                "PlacePath.java is left over", "Status.java is left over", "AmplifyModelProvider.java differs")
                .doesNotContain("PlaceFormatter");

        assertThat(Cli.in(directory).run(generate).status()).isZero();
        assertThat(fileNames(models)).containsExactly("AmplifyModelProvider.java", "PlaceFormatter.java",
                "Todo.java", "TodoPath.java");
        assertThat(Cli.in(directory).run(append(generate, "--check")).status()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "swift|--model-target swift is not supported; give java (Amplify Android's classes) or forte-java (typed "
                + "records for Forte's Java client).",
        "dart|--model-target dart is not supported",
        "typescript|--model-target typescript is not supported",
        "javascript|--model-target javascript is not supported"})
    void refusesAModelTargetItDoesNotWriteNamingTheOnesItDoes(String target, String message) {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(1),
                "--format", "modelgen", "--model-target", target, "--out", "out");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("Error: " + message);
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAModelPackageForAmplifyAndroidsClasses() {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(1),
                "--format", "modelgen", "--model-target", "java", "--model-package", "com.example", "--out", "out");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("--model-package applies to --model-target forte-java");
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void writesJavaStatementsIntoTheirPackageBelowOut() {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(1),
                "--statement-target", "java", "--java-package", "com.example.todo.graphql", "--out", "src/main/java");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(directory.resolve("src/main/java/com/example/todo/graphql/Mutations.java"))
                .content().contains("package com.example.todo.graphql;", "public static final String CREATE_TODO");
    }

    @Test
    void checkPassesWhenCurrentAndNamesTheFilesThatDifferAfterTheSchemaChanged() throws IOException {
        String[] generate = {"generate", "graphql-client-code", "--backend-file", backend(1), "--statement-target",
                "graphql", "--out", "graphql"};
        assertThat(Cli.in(directory).run(generate).status()).isZero();

        Cli.Result current = Cli.in(directory).run(append(generate, "--check"));
        assertThat(current.status()).as(current.err()).isZero();
        assertThat(current.out()).contains("is current");

        generate[3] = backend(3);
        Files.delete(directory.resolve("graphql/subscriptions.graphql"));
        Cli.Result stale = Cli.in(directory).run(append(generate, "--check"));
        assertThat(stale.status()).isEqualTo(Main.FAILURE);
        assertThat(stale.err()).contains("is out of date: mutations.graphql differs, queries.graphql differs, "
                + "subscriptions.graphql is missing. Run the same command without --check to regenerate it.");
        assertThat(Files.readString(directory.resolve("graphql/queries.graphql"))).contains("GetTodo");

        assertThat(Cli.in(directory).run(generate).status()).isZero();
        assertThat(Cli.in(directory).run(append(generate, "--check")).status()).isZero();
    }

    @Test
    void filesGeneratedForAnEarlierSchemaAreNamedByCheckAndDeletedOnRegenerationButHandWrittenOnesAreKept()
            throws IOException {
        String[] generate = {"generate", "graphql-client-code", "--backend-file", backend(4), "--format", "modelgen",
            "--model-target", "forte-java", "--model-package", "com.example.models", "--out", "src/main/java"};
        assertThat(Cli.in(directory).run(generate).status()).isZero();
        Path models = directory.resolve("src/main/java/com/example/models");
        Files.writeString(models.resolve("PlaceFormatter.java"), "package com.example.models;\nclass PlaceFormatter {}\n");

        generate[3] = backend(1);
        Cli.Result stale = Cli.in(directory).run(append(generate, "--check"));
        assertThat(stale.status()).isEqualTo(Main.FAILURE);
        assertThat(stale.err()).contains("Place.java is left over from an earlier schema",
                "Status.java is left over from an earlier schema").doesNotContain("PlaceFormatter");

        Cli.Result regenerated = Cli.in(directory).run(generate);
        assertThat(regenerated.status()).as(regenerated.err()).isZero();
        assertThat(fileNames(models)).contains("Todo.java", "PlaceFormatter.java")
                .doesNotContain("Place.java", "Status.java", "Address.java");
        assertThat(Cli.in(directory).run(append(generate, "--check")).status()).isZero();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--statement-target|swift|--statement-target swift is not supported; use one of graphql, typescript, "
                + "javascript, java.",
        "--type-target|flow|--type-target flow is not supported",
        "--format|modelgen|--format modelgen needs --model-target: Amplify's default typescript models are not "
                + "generated; give java (Amplify Android's classes) or forte-java (typed records for Forte's Java "
                + "client).",
        "--format|docs|--format docs is not a format; use graphql-codegen, modelgen or introspection.",
        "--statement-max-depth|0|--statement-max-depth must be at least 1, got 0",
        "--java-package|com.1bad|Java package `com.1bad` is not a valid package name",
        "--model-target|java|--model-target applies to --format modelgen"})
    void refusesABadOptionNamingItAndWritesNothing(String option, String value, String message) throws IOException {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(1),
                option, value, "--out", "out");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("Error: " + message);
        assertThat(directory.resolve("out")).doesNotExist();
    }

    @Test
    void typeTargetTypescriptNeedsTheTypescriptStatementTarget() {
        Cli.Result result = Cli.in(directory).run("generate", "graphql-client-code", "--backend-file", backend(1),
                "--statement-target", "graphql", "--type-target", "typescript");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("--type-target typescript needs --statement-target typescript");
    }

    private static String[] append(String[] args, String extra) {
        return Stream.concat(Stream.of(args), Stream.of(extra)).toArray(String[]::new);
    }

    private static Stream<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList().stream();
        }
    }
}
