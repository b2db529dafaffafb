package dev.forte.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.DataDefinition;
import dev.forte.codegen.introspection.ModelIntrospection;
import dev.forte.codegen.models.AndroidModels;
import dev.forte.codegen.testing.ConformanceBackends;
import dev.forte.transform.AppSyncTransform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For the relationship backends ({@code conformance/backends/Relationships*Backend.java}) and the validation backend
 * ({@code ValidationBackend.java}, whose rules leave no trace in client code), every client artefact is
 * the file Amplify's generator wrote for the same TypeScript schema (resources' {@code conformance/README.md}):
 * model introspection (the {@code association} the JS client's lazy loaders read), statements that follow
 * relationships to depth 2, {@code API.ts}, and Amplify Android's classes.
 */
class RelationshipConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path scratch;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RelationshipsBackend, relationships", "Relationships2Backend, relationships2",
            "Relationships3Backend, relationships3", "ValidationBackend, validation"})
    void modelIntrospectionIsAmplifys(String backend, String oracle) throws IOException {
        String actual = ModelIntrospection.of(data(backend));
        String expected = reference(oracle, "models-introspection/model-introspection.json");

        assertThat(JSON.readTree(actual)).isEqualTo(JSON.readTree(expected));
        assertThat(actual.strip()).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RelationshipsBackend, relationships", "Relationships2Backend, relationships2",
            "Relationships3Backend, relationships3", "ValidationBackend, validation"})
    void graphqlStatementsAreAmplifysByteForByte(String backend, String oracle) {
        Map<String, String> files = statements(backend, StatementTarget.GRAPHQL);

        for (String kind : new String[] {"queries", "mutations", "subscriptions"}) {
            assertThat(files.get(kind + ".graphql")).as(kind)
                    .isEqualTo(reference(oracle, "statements-graphql/" + kind + ".graphql"));
        }
    }

    @ParameterizedTest(name = "maxDepth {0}")
    @ValueSource(ints = {1, 3, 4})
    void graphqlStatementsFollowRelationshipsToTheMaxDepthAsAmplifysDo(int maxDepth) {
        String sdl = AppSyncTransform.transform(data("RelationshipsBackend")).appSyncSdl();
        Map<String, String> files = StatementGenerator.generate(sdl,
                StatementOptions.of(StatementTarget.GRAPHQL).withMaxDepth(maxDepth)).files();

        for (String kind : new String[] {"queries", "mutations", "subscriptions"}) {
            assertThat(files.get(kind + ".graphql")).as(kind).isEqualTo(reference("relationships",
                    "statements-graphql-depth" + maxDepth + "/" + kind + ".graphql"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RelationshipsBackend, relationships", "Relationships2Backend, relationships2",
            "Relationships3Backend, relationships3", "ValidationBackend, validation"})
    void typescriptStatementsAndApiTsAreAmplifysByteForByte(String backend, String oracle) {
        Map<String, String> files = statements(backend, StatementTarget.TYPESCRIPT);

        for (String kind : new String[] {"queries", "mutations", "subscriptions"}) {
            assertThat(files.get(kind + ".ts")).as(kind)
                    .isEqualTo(reference(oracle, "statements-typescript/" + kind + ".ts"));
        }
        assertThat(files.get("API.ts")).isEqualTo(reference(oracle, "types-typescript/API.ts"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"RelationshipsBackend, android-relationships/models-java",
            "Relationships2Backend, conformance/relationships2/models-java",
            "Relationships3Backend, conformance/relationships3/models-java",
            "ValidationBackend, conformance/validation/models-java"})
    void androidClassesFromTheTransformsSdlAreAmplifys(String backend, String directory) {
        Map<String, String> actual = AndroidModels.generate(data(backend));
        Map<String, String> expected = ConformanceBackends.files("/" + directory);

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((path, content) -> assertThat(actual.get(path)).as(path).isEqualTo(content));
    }

    private DataDefinition data(String backend) {
        return ConformanceBackends.data(backend, scratch);
    }

    private Map<String, String> statements(String backend, StatementTarget target) {
        String sdl = AppSyncTransform.transform(data(backend)).appSyncSdl();
        return StatementGenerator.generate(sdl, StatementOptions.of(target)).files();
    }

    private static String reference(String oracle, String relative) {
        return ConformanceBackends.resource("/conformance/" + oracle + "/" + relative);
    }
}
