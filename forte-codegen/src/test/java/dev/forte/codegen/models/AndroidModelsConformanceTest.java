package dev.forte.codegen.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.codegen.testing.ConformanceBackends;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For each conformance backend ({@code conformance/backends}), the Android classes are byte for byte the files
 * Amplify's model generator wrote for the same TypeScript schema (resources' {@code conformance/models-java/README.md}).
 */
class AndroidModelsConformanceTest {
    @TempDir Path scratch;

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void writesTheFilesAmplifyWrites(int n) {
        Map<String, String> actual = AndroidModels.generate(ConformanceBackends.data(n, scratch));

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected(n).keySet());
    }

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void writesEachFileByteForByteAsAmplify(int n) {
        Map<String, String> actual = AndroidModels.generate(ConformanceBackends.data(n, scratch));

        expected(n).forEach((path, content) -> assertThat(actual.get(path)).as(path).isEqualTo(content));
    }

    /** Returns Amplify's files for schema {@code n} by path under the source root. */
    static Map<String, String> expected(int n) {
        return ConformanceBackends.files("/conformance/models-java/schema" + n);
    }
}
