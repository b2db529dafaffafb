package dev.forte.codegen.introspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.codegen.testing.ConformanceBackends;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model introspection of each conformance backend ({@code conformance/backends}) is what Amplify's model
 * generator wrote for the same TypeScript schema (resources' {@code conformance/introspection/README.md}).
 */
class ModelIntrospectionConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path scratch;

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void matchesAmplifysModelIntrospection(int n) throws IOException {
        String actual = ModelIntrospection.of(ConformanceBackends.data(n, scratch));

        assertThat(JSON.readTree(actual)).isEqualTo(expected(n));
    }

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void isLaidOutAsAmplifyWritesIt(int n) {
        String actual = ModelIntrospection.of(ConformanceBackends.data(n, scratch));

        assertThat(actual.strip()).isEqualTo(oracle(n).strip());
    }

    static JsonNode expected(int n) throws IOException {
        return JSON.readTree(oracle(n));
    }

    static String oracle(int n) {
        return ConformanceBackends.resource("/conformance/introspection/schema" + n + "/model-introspection.json");
    }
}
