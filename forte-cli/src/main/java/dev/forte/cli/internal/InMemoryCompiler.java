package dev.forte.cli.internal;

import dev.forte.backend.BackendDefinition;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles one Java source file in memory against the CLI's own classpath, so it sees the {@code dev.forte} API. */
final class InMemoryCompiler {
    private InMemoryCompiler() {}

    /**
     * A compiled source: the class loader that defines its classes, their binary names, and a directory holding
     * the same class files, for the worker JVMs of functions whose handlers the source declares.
     */
    record Compiled(ClassLoader loader, Set<String> classNames, Path classesDirectory) {}

    /** Compiles {@code file}; errors are reported as {@code display:line: message}. */
    static Compiled compile(Path file, String display, ClassLoader parent) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new CliException("--backend-file needs a JDK, but this Java (" + System.getProperty("java.home")
                    + ") has no compiler. Run Forte with a JDK 17 or newer.");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        ClassOutput output = new ClassOutput(files);
        List<String> options = List.of("-classpath", classpath(), "-proc:none", "-implicit:none", "-nowarn",
                "-encoding", "UTF-8", "-parameters");
        boolean compiled = javac.getTask(new StringWriter(), output, diagnostics, options, null,
                files.getJavaFileObjects(file)).call();
        if (!compiled) {
            throw new CliException(errors(diagnostics, display) + "\nFix the errors above in --backend-file "
                    + display + '.');
        }
        return new Compiled(new MemoryClassLoader(output.classes, parent), output.classes.keySet(),
                writeClasses(output.classes));
    }

    /** Writes the class files to a fresh temporary directory, removed when the CLI exits. */
    private static Path writeClasses(Map<String, byte[]> classes) {
        try {
            Path directory = Files.createTempDirectory("forte-backend-classes-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(directory)));
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                Path file = directory.resolve(entry.getKey().replace('.', '/') + ".class");
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the compiled backend's classes for its functions: "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Only a temporary directory is left behind.
        }
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics, String display) {
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource() == null
                        ? d.getMessage(Locale.ROOT)
                        : display + ':' + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    /** The CLI's classpath, plus where the Forte API was loaded from (a test runner may hide it in a manifest). */
    private static String classpath() {
        return classpathEntries().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** Returns the entries of {@link #classpath()}: what a backend compiled from a source file runs against. */
    static List<Path> classpathEntries() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        try {
            entries.add(Path.of(BackendDefinition.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString());
        } catch (URISyntaxException | RuntimeException e) {
            // The class path alone has to do.
        }
        entries.remove("");
        return entries.stream().map(Path::of).toList();
    }

    private static final class ClassOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, byte[]> classes = new LinkedHashMap<>();

        ClassOutput(StandardJavaFileManager files) {
            super(files);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            classes.put(className, toByteArray());
                        }
                    };
                }
            };
        }
    }

    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("forte-backend-file", parent);
            this.classes = Map.copyOf(classes);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
