package dev.forte.cli.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The class loader of a compiled project: its class directories and dependencies over the CLI's own classes. */
final class ProjectClassLoader {
    private ProjectClassLoader() {}

    /** Returns a parent-first loader over {@code roots}, so the {@code dev.forte} API stays the CLI's. */
    static ClassLoader over(List<Path> roots, ClassLoader parent) {
        URL[] urls = roots.stream().map(ProjectClassLoader::url).toArray(URL[]::new);
        return new URLClassLoader("forte-project", urls, parent);
    }

    /** Returns the binary names of the classes under {@code classDirectories}. */
    static List<String> classNames(List<Path> classDirectories) {
        return classDirectories.stream().flatMap(ProjectClassLoader::classNames).distinct().toList();
    }

    private static Stream<String> classNames(Path classDirectory) {
        if (!Files.isDirectory(classDirectory)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(classDirectory)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classDirectory.relativize(file).toString())
                    .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .toList()
                    .stream();
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("Could not read compiled classes in " + classDirectory + ": " + e.getMessage());
        }
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new CliException("Classpath entry " + path + " is not a valid location: " + e.getMessage());
        }
    }
}
