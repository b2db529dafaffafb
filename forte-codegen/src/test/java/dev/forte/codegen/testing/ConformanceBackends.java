package dev.forte.codegen.testing;

import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The Java versions of the reference schemas ({@code conformance/backends/SchemaNBackend.java}), compiled and defined. */
public final class ConformanceBackends {
    private static final Path BACKENDS = Path.of("../conformance/backends").toAbsolutePath().normalize();

    private ConformanceBackends() {}

    /** Compiles {@code SchemaNBackend.java} into {@code scratch} and returns its data definition. */
    public static DataDefinition data(int n, Path scratch) {
        return data("Schema" + n + "Backend", scratch);
    }

    /** Compiles {@code <className>.java}, e.g. {@code RelationshipsBackend}, into {@code scratch}; returns its data. */
    public static DataDefinition data(String className, Path scratch) {
        Path source = BACKENDS.resolve(className + ".java");
        ClassLoader loader = JavaSources.compileFiles(List.of(source), scratch);
        try {
            Class<?> type = loader.loadClass(className);
            BackendDefinition backend = (BackendDefinition) type.getDeclaredConstructor().newInstance();
            return backend.define().data();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not define " + source + ": " + e, e);
        }
    }

    /** Returns the text of test resource {@code path}, e.g. {@code /conformance/introspection/schema1/...}. */
    public static String resource(String path) {
        try (InputStream in = ConformanceBackends.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the files under test resource directory {@code path} by their path relative to it, e.g. {@code com/...}. */
    public static Map<String, String> files(String path) {
        URL url = ConformanceBackends.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Missing test resource directory " + path);
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(Path.of(url.toURI()))) {
            Path root = Path.of(url.toURI());
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
