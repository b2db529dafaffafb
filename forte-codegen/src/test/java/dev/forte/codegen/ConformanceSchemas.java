package dev.forte.codegen;

import dev.forte.codegen.testing.ConformanceBackends;
import dev.forte.transform.AppSyncTransform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conformance schemas as statements are generated from them (the AppSync SDL Forte's transform makes of the
 * Java backends in {@code conformance/backends}), Amplify's SDLs that {@code forte-transform} keeps, and the
 * statement references in {@code src/test/resources/conformance}.
 */
final class ConformanceSchemas {
    static final Path TRANSFORM_REFERENCES = Path.of("../forte-transform/src/test/resources/conformance")
            .toAbsolutePath().normalize();
    static final Path REFERENCES = Path.of("src/test/resources/conformance").toAbsolutePath().normalize();

    private static final Map<Integer, String> SDL_BY_SCHEMA = new ConcurrentHashMap<>();

    private ConformanceSchemas() {}

    /** Returns the AppSync SDL of the Java backend of schema {@code n}, compiling it in {@code scratch} once. */
    static String appSyncSdl(int n, Path scratch) {
        return SDL_BY_SCHEMA.computeIfAbsent(n,
                schema -> AppSyncTransform.transform(ConformanceBackends.data(schema, scratch)).appSyncSdl());
    }

    /** Returns Amplify's AppSync SDL for schema {@code n}. */
    static String amplifyAppSyncSdl(int n) {
        return read(TRANSFORM_REFERENCES.resolve("schema" + n + "/schema" + n + ".appsync.graphql"));
    }

    /** Returns Amplify's directive SDL for schema {@code n}. */
    static String directiveSdl(int n) {
        return read(TRANSFORM_REFERENCES.resolve("schema" + n + "/schema" + n + ".directives.graphql"));
    }

    /**
     * Returns the reference file {@code schemaN/<relative>}, e.g. {@code statements-graphql/queries.graphql}: kept
     * here, or for schema 6 (made for Forte with the same pipeline) in {@code forte-transform}'s {@code codegen}.
     */
    static String reference(int n, String relative) {
        Path here = REFERENCES.resolve("schema" + n + "/" + relative);
        return read(Files.exists(here) ? here : TRANSFORM_REFERENCES.resolve("schema" + n + "/codegen/" + relative));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
