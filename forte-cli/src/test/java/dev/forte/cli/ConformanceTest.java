package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.transform.SdlDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code forte generate graphql-schema} on the conformance backends writes the schema Amplify's own transformer
 * wrote for the same TypeScript schema.
 */
class ConformanceTest {
    private static final Path BACKENDS = Path.of("../conformance/backends").toAbsolutePath().normalize();
    private static final Path EXPECTED = Path.of("../forte-transform/src/test/resources/conformance")
            .toAbsolutePath().normalize();

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void generatesTheAppSyncSchemaAmplifyGenerates(int n, @org.junit.jupiter.api.io.TempDir Path directory)
            throws IOException {
        Path out = directory.resolve("schema.graphql");

        Cli.Result result = Cli.in(directory).run("generate", "graphql-schema",
                "--backend-file", BACKENDS.resolve("Schema" + n + "Backend.java").toString(), "--out", out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        String expected = Files.readString(EXPECTED.resolve("schema" + n + "/schema" + n + ".appsync.graphql"));
        assertThat(SdlDiff.differences(expected, Files.readString(out))).isEmpty();
    }
}
