package dev.forte.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.codegen.StatementTrees.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For the conformance schemas, the graphql, typescript and javascript statements and {@code API.ts} are Amplify's
 * (see {@code src/test/resources/conformance/README.md}): equal as trees after the one normalisation documented on {@link
 * StatementTrees}, and byte for byte wherever that normalisation changes nothing. The statements are generated from
 * the Java backends through Forte's transform; generating from Amplify's own AppSync SDL gives the same files.
 */
class StatementConformanceTest {
    private static final List<String> KINDS = List.of("queries", "mutations", "subscriptions");

    @TempDir
    Path work;

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void graphqlStatementsAreAmplifys(int n) {
        Map<String, String> files = StatementGenerator.generate(ConformanceSchemas.appSyncSdl(n, work),
                StatementOptions.of(StatementTarget.GRAPHQL)).files();
        StatementTrees trees = trees(n);

        assertThat(files.keySet()).containsExactlyInAnyOrder("queries.graphql", "mutations.graphql",
                "subscriptions.graphql");
        for (String kind : KINDS) {
            String file = kind + ".graphql";
            compare(n, "statements-graphql/" + file, files.get(file), StatementTrees::graphqlFile,
                    operation -> trees.withAmplifyDepthLimit(operation, rootType(kind)));
        }
    }

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void typescriptStatementsAndApiTsAreAmplifys(int n) {
        Map<String, String> files = scriptStatements(n, StatementTarget.TYPESCRIPT, "ts");

        compare(n, "types-typescript/API.ts", files.get("API.ts"), StatementTrees::typesFile,
                trees(n)::typesWithAmplifyDepthLimit);
    }

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void javascriptStatementsAreAmplifys(int n) {
        scriptStatements(n, StatementTarget.JAVASCRIPT, "js");
    }

    private Map<String, String> scriptStatements(int n, StatementTarget target, String extension) {
        Map<String, String> files = StatementGenerator.generate(ConformanceSchemas.appSyncSdl(n, work),
                StatementOptions.of(target)).files();
        StatementTrees trees = trees(n);

        List<String> expectedFiles = new ArrayList<>(KINDS.stream().map(kind -> kind + "." + extension).toList());
        if (target == StatementTarget.TYPESCRIPT) {
            expectedFiles.add("API.ts");
        }
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expectedFiles);
        for (String kind : KINDS) {
            String file = kind + "." + extension;
            compare(n, "statements-" + target.optionValue() + "/" + file, files.get(file), StatementTrees::scriptFile,
                    statement -> new Node(statement.text(), statement.children().stream()
                            .map(operation -> trees.withAmplifyDepthLimit(operation, rootType(kind)))
                            .toList()));
        }
        return files;
    }

    private StatementTrees trees(int n) {
        return new StatementTrees(ConformanceSchemas.appSyncSdl(n, work), ConformanceSchemas.directiveSdl(n), 2);
    }

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void amplifysAppSyncSdlGivesTheSameFilesAsTheJavaBackend(int n) {
        for (StatementTarget target : StatementTarget.values()) {
            StatementOptions options = StatementOptions.of(target);

            assertThat(StatementGenerator.generate(ConformanceSchemas.amplifyAppSyncSdl(n), options))
                    .isEqualTo(StatementGenerator.generate(ConformanceSchemas.appSyncSdl(n, work), options));
        }
    }

    private static void compare(int n, String referenceFile, String ours, Function<String, Map<String, Node>> parse,
            Function<Node, Node> normalise) {
        String reference = ConformanceSchemas.reference(n, referenceFile);
        Map<String, Node> expected = parse.apply(reference);
        Map<String, Node> actual = parse.apply(ours);
        Map<String, Node> normalised = new LinkedHashMap<>();
        actual.forEach((name, node) -> normalised.put(name, normalise.apply(node)));

        assertThat(expected).as("Amplify's %s has content", referenceFile).isNotEmpty();
        assertThat(normalised).as("schema%d %s", n, referenceFile).containsExactlyEntriesOf(expected);
        if (normalised.equals(actual)) {
            assertThat(ours).as("schema%d %s, which needs no normalisation, byte for byte", n, referenceFile)
                    .isEqualTo(reference);
        }
    }

    private static String rootType(String kind) {
        return switch (kind) {
            case "queries" -> "Query";
            case "mutations" -> "Mutation";
            default -> "Subscription";
        };
    }
}
