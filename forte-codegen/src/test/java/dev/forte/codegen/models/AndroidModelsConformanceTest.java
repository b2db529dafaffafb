package dev.forte.codegen.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.codegen.testing.ConformanceBackends;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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
        Path root = resourceDirectory("/conformance/models-java/schema" + n);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Path resourceDirectory(String name) {
        URL url = AndroidModelsConformanceTest.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing test resource directory " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
