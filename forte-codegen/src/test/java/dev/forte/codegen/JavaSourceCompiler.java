package dev.forte.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles Java sources with {@code javax.tools} against the test classpath. */
final class JavaSourceCompiler {
    private JavaSourceCompiler() {}

    /** The outcome: the diagnostics by kind, and the loader of the classes when there were no errors. */
    record Compilation(List<String> errors, List<String> warnings, Path classes) {
        /** Returns a loader of the compiled classes; fails the test with the errors when there were any. */
        ClassLoader classLoader() {
            if (!errors.isEmpty()) {
                throw new AssertionError("The sources do not compile:\n" + String.join("\n", errors));
            }
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()},
                        JavaSourceCompiler.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes {@code sources} (path below the source root to content) into {@code directory} and compiles them. */
    static Compilation compile(Map<String, String> sources, Path directory) {
        Path classes = directory.resolve("classes");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
            Files.createDirectories(classes);
            List<Path> files = write(sources, directory.resolve("src"));
            compiler.getTask(null, fileManager, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                            "--release", "17", "-Xlint:all"),
                    null, fileManager.getJavaFileObjectsFromPaths(files)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Compilation(messages(diagnostics, Diagnostic.Kind.ERROR),
                messages(diagnostics, Diagnostic.Kind.WARNING, Diagnostic.Kind.MANDATORY_WARNING), classes);
    }

    private static List<Path> write(Map<String, String> sources, Path sourceRoot) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file);
        }
        return files;
    }

    private static List<String> messages(DiagnosticCollector<JavaFileObject> diagnostics, Diagnostic.Kind... kinds) {
        List<Diagnostic.Kind> wanted = List.of(kinds);
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> wanted.contains(diagnostic.getKind()))
                .map(Object::toString)
                .toList();
    }
}
