package dev.forte.codegen;

import dev.forte.backend.BackendDefinition;
import dev.forte.transform.AppSyncTransform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The conformance schemas: the AppSync SDL Forte makes of the Java backends in {@code conformance/backends}, or,
 * for schema 2 (owner rules), Amplify's own AppSync SDL; and the reference files beside them.
 */
final class ConformanceSchemas {
    static final Path BACKENDS = Path.of("../conformance/backends").toAbsolutePath().normalize();
    static final Path TRANSFORM_REFERENCES = Path.of("../forte-transform/src/test/resources/conformance")
            .toAbsolutePath().normalize();
    static final Path REFERENCES = Path.of("src/test/resources/conformance").toAbsolutePath().normalize();

    private static final Map<Integer, String> SDL_BY_SCHEMA = new ConcurrentHashMap<>();

    private ConformanceSchemas() {}

    /** Returns the AppSync SDL to generate from for schema {@code n}, compiling its backend in {@code workDirectory}. */
    static String appSyncSdl(int n, Path workDirectory) {
        return SDL_BY_SCHEMA.computeIfAbsent(n, schema -> load(schema, workDirectory));
    }

    private static String load(int n, Path workDirectory) {
        if (n == 2) {
            return read(REFERENCES.resolve("schema2/schema2.appsync.graphql"));
        }
        String className = "Schema" + n + "Backend";
        String source = read(BACKENDS.resolve(className + ".java"));
        try {
            ClassLoader loader = JavaSourceCompiler.compile(Map.of(className + ".java", source), workDirectory)
                    .classLoader();
            BackendDefinition backend = (BackendDefinition) loader.loadClass(className)
                    .getDeclaredConstructor().newInstance();
            return AppSyncTransform.transform(backend.define().data()).appSyncSdl();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " could not be instantiated", e);
        }
    }

    /** Returns Amplify's directive SDL for schema {@code n}. */
    static String directiveSdl(int n) {
        Path directory = n == 2 ? REFERENCES : TRANSFORM_REFERENCES;
        return read(directory.resolve("schema" + n + "/schema" + n + ".directives.graphql"));
    }

    /** Returns the reference file {@code schemaN/<relative>}, e.g. {@code statements-graphql/queries.graphql}. */
    static String reference(int n, String relative) {
        return read(REFERENCES.resolve("schema" + n + "/" + relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
