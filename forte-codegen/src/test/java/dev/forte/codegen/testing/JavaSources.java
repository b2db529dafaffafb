package dev.forte.codegen.testing;

import dev.forte.backend.BackendDefinition;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources with the JDK's compiler against the test classpath and loads the classes. */
public final class JavaSources {
    private JavaSources() {}

    /**
     * Writes {@code sources} (relative path to content) under {@code directory}, compiles them there with {@code
     * -Xlint:all -Werror}, and returns a class loader for the result.
     *
     * @throws AssertionError listing the compiler's diagnostics when compilation fails
     */
    public static ClassLoader compile(Map<String, String> sources, Path directory, Class<?>... classpathAnchors) {
        try {
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = directory.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            return compileFiles(files, directory, classpathAnchors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles {@code files} into {@code output} and returns a class loader for the result. */
    public static ClassLoader compileFiles(List<Path> files, Path output, Class<?>... classpathAnchors) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", classpath(classpathAnchors), "-d", output.toString(),
                    "-proc:none", "-Xlint:all,-processing,-options", "-Werror", "-encoding", "UTF-8");
            boolean compiled = javac.getTask(new StringWriter(), manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            if (!compiled) {
                throw new AssertionError("Compilation failed:\n" + diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                        .map(d -> d + "").collect(Collectors.joining("\n")));
            }
            return new URLClassLoader(new URL[] {output.toUri().toURL()}, JavaSources.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpath(Class<?>... anchors) {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        List<Class<?>> all = new ArrayList<>(List.of(anchors));
        all.add(BackendDefinition.class);
        all.add(org.jspecify.annotations.Nullable.class);
        for (Class<?> anchor : all) {
            try {
                entries.add(Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        entries.remove("");
        return String.join(File.pathSeparator, entries);
    }
}
