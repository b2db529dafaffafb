package dev.forte.transform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.DataDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The transform reproduces what Amplify's own tooling emits for the conformance corpus (see resources' README). */
class ConformanceTest {

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("schema1", TestSchemas.schema1()),
                Arguments.of("schema2", TestSchemas.schema2()),
                Arguments.of("schema3", TestSchemas.schema3()),
                Arguments.of("schema4", TestSchemas.schema4()),
                Arguments.of("schema5", TestSchemas.schema5()),
                Arguments.of("schema6", CustomOperationSchema.schema6()),
                Arguments.of("relationships", RelationshipSchema.relationships()),
                Arguments.of("relationships2", RelationshipSchema.relationships2()),
                Arguments.of("schema7", CustomOperationSchema.schema7()),
                Arguments.of("validation", ValidationSchema.validation()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void directiveSdlMatchesDataSchemaOutput(String name, DataDefinition data) {
        String actual = AppSyncTransform.transform(data).directiveSdl();

        assertThat(SdlDiff.differences(oracle(name, "directives"), actual)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void appSyncSchemaMatchesTransformerOutput(String name, DataDefinition data) {
        String actual = AppSyncTransform.transform(data).appSyncSdl();

        assertThat(SdlDiff.differences(oracle(name, "appsync"), actual)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void appSyncSchemaIsPrintedInAmplifyOrderAndLayout(String name, DataDefinition data) {
        String actual = AppSyncTransform.transform(data).appSyncSdl();

        assertThat(actual).isEqualTo(oracle(name, "appsync"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void directiveSdlIsPrintedInDataSchemaLayout(String name, DataDefinition data) {
        String actual = AppSyncTransform.transform(data).directiveSdl();

        assertThat(actual).isEqualTo(oracle(name, "directives"));
    }

    static String oracle(String name, String kind) {
        return resource("/conformance/" + name + "/" + name + "." + kind + ".graphql");
    }

    static String resource(String path) {
        try (InputStream in = ConformanceTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
