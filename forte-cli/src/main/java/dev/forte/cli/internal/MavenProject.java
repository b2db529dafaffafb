package dev.forte.cli.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A Maven project directory: what its {@code pom.xml} says, and how to compile it and learn its classpath. */
final class MavenProject {
    /** The dependency plugin version the build uses; pinned so the goal resolves without repository metadata. */
    static final String BUILD_CLASSPATH_GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";

    private final Path directory;
    private final String packaging;
    private final List<String> modules;

    private MavenProject(Path directory, String packaging, List<String> modules) {
        this.directory = directory;
        this.packaging = packaging;
        this.modules = modules;
    }

    /** Reads {@code directory/pom.xml}. */
    static MavenProject read(Path directory, String option) {
        Path pom = directory.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new CliException(option + ' ' + directory + " has no pom.xml. Give " + option
                    + " a Maven project directory (default: the current directory), or use --backend-file FILE.java.");
        }
        Element project = parse(pom);
        return new MavenProject(directory, childText(project, "packaging", "jar"), moduleNames(project));
    }

    Path directory() {
        return directory;
    }

    /** Returns whether this project only aggregates modules ({@code <packaging>pom</packaging>}). */
    boolean isAggregator() {
        return packaging.equals("pom");
    }

    /** Returns {@code target/classes} of every built non-aggregator module below this aggregator. */
    List<Path> builtModuleClassDirectories() {
        List<Path> found = new ArrayList<>();
        for (String module : modules) {
            Path moduleDirectory = directory.resolve(module).normalize();
            if (moduleDirectory.getFileName().toString().endsWith(".xml")) {
                moduleDirectory = moduleDirectory.getParent();
            }
            if (!Files.isRegularFile(moduleDirectory.resolve("pom.xml"))) {
                continue;
            }
            MavenProject child = read(moduleDirectory, "--project");
            if (child.isAggregator()) {
                found.addAll(child.builtModuleClassDirectories());
            } else if (Files.isDirectory(child.classesDirectory())) {
                found.add(child.classesDirectory());
            }
        }
        return found;
    }

    Path classesDirectory() {
        return directory.resolve("target").resolve("classes");
    }

    /** Runs {@code mvn compile} (for an aggregator, in every module). */
    void compile() {
        run(List.of(mavenExecutable(), "-q", "-B", "compile"));
    }

    /** Runs {@code mvn compile} and returns the project's runtime classpath (without its own classes). */
    List<Path> compileAndResolveClasspath() {
        return resolveClasspath(List.of("compile"));
    }

    /** Returns the project's runtime classpath (without its own classes) as Maven resolves it, compiling nothing. */
    List<Path> resolveClasspath() {
        return resolveClasspath(List.of());
    }

    private List<Path> resolveClasspath(List<String> goalsFirst) {
        Path classpathFile = createTempFile();
        try {
            List<String> command = new ArrayList<>(List.of(mavenExecutable(), "-q", "-B"));
            command.addAll(goalsFirst);
            command.addAll(List.of(BUILD_CLASSPATH_GOAL, "-Dmdep.outputFile=" + classpathFile,
                    "-Dmdep.includeScope=runtime"));
            run(command);
            return Arrays.stream(Files.readString(classpathFile).trim().split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .map(Path::of)
                    .toList();
        } catch (IOException e) {
            throw new CliException("Could not read the classpath Maven wrote to " + classpathFile + ": " + e.getMessage());
        } finally {
            deleteQuietly(classpathFile);
        }
    }

    private void run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new CliException("Could not run Maven (" + command.get(0) + ") to compile the project in " + directory
                    + ": " + e.getMessage() + ". Install Maven 3.8 or newer and put mvn on the PATH, "
                    + "or use --backend-file FILE.java.");
        }
        String output = readAll(process);
        if (waitFor(process) != 0) {
            String what = command.contains("compile") ? "compile the project" : "resolve the project's classpath";
            throw new CliException("Maven could not " + what + " in " + directory + " (" + String.join(" ", command)
                    + "):\n" + output.strip() + "\nFix the build errors above, then run the command again.");
        }
    }

    private String mavenExecutable() {
        Path wrapper = directory.resolve("mvnw");
        return Files.isExecutable(wrapper) ? wrapper.toString() : "mvn";
    }

    private static String readAll(Process process) {
        try (InputStream in = process.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read Maven's output: " + e.getMessage() + ")";
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new CliException("Interrupted while Maven was compiling the project.");
        }
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("forte-classpath", ".txt");
        } catch (IOException e) {
            throw new CliException("Could not create a temporary file (set java.io.tmpdir to a writable directory): "
                    + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless.
        }
    }

    private static Element parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new CliException(pom + " is not a readable Maven POM: " + e.getMessage() + ". Fix the file.");
        }
    }

    private static List<String> moduleNames(Element project) {
        List<String> names = new ArrayList<>();
        for (Element modules : children(project, "modules")) {
            for (Element module : children(modules, "module")) {
                names.add(module.getTextContent().trim());
            }
        }
        return names;
    }

    private static String childText(Element parent, String name, String fallback) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? fallback : found.get(0).getTextContent().trim();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName() != null
                    ? element.getLocalName() : element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }
}
