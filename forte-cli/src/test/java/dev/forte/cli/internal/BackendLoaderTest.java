package dev.forte.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.backend.BackendDefinition;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the backend of a Maven project: aggregators, {@code META-INF/services}, scanning, Maven failures. */
class BackendLoaderTest {
    private static final String BACKEND_SOURCE = """
            package %s;
            public class %s implements dev.forte.backend.BackendDefinition {
                public dev.forte.backend.Backend define() { return null; }
            }
            """;

    @TempDir Path root;

    private final BackendLoader loader = new BackendLoader(getClass().getClassLoader());

    @Test
    void findsTheBackendInTheBuiltModulesOfAnAggregator() throws IOException {
        writePom(root, "pom", "api", "apps");
        writePom(root.resolve("api"), "jar");
        compile(root.resolve("api/target/classes"), "api/Model.java", "package api; public class Model {}");
        writePom(root.resolve("apps"), "pom", "todo", "unbuilt");
        writePom(root.resolve("apps/todo"), "jar");
        writePom(root.resolve("apps/unbuilt"), "jar");
        compileBackend(root.resolve("apps/todo/target/classes"), "todo", "TodoBackend");

        assertThat(loader.fromProject(root).type().getName()).isEqualTo("todo.TodoBackend");
    }

    @Test
    void asksToBuildAnAggregatorWhoseModulesAreNotCompiled() throws IOException {
        writePom(root, "pom", "app");
        writePom(root.resolve("app"), "jar");

        assertThatThrownBy(() -> loader.fromProject(root)).isInstanceOf(CliException.class)
                .hasMessage("No module of " + root + " has been compiled (no <module>/target/classes). Run "
                        + "`mvn -q install -DskipTests` there first, or give --project the module that holds your "
                        + "backend.");
    }

    @Test
    void theServiceFileChoosesAmongSeveralBackends() throws IOException {
        Path classes = root.resolve("classes");
        compileBackend(classes, "app", "Production");
        compileBackend(classes, "app", "Experiment");
        writeServiceFile(classes, "# the one to run\napp.Production\n");

        assertThat(loader.fromClassDirectories(List.of(classes), List.of(), "app").type().getName())
                .isEqualTo("app.Production");
    }

    @Test
    void aServiceFileListingSeveralBackendsIsAnError() throws IOException {
        Path classes = root.resolve("classes");
        compileBackend(classes, "app", "Production");
        compileBackend(classes, "app", "Experiment");
        writeServiceFile(classes, "app.Production\napp.Experiment\n");

        assertThatThrownBy(() -> loader.fromClassDirectories(List.of(classes), List.of(), "app"))
                .hasMessage(BackendLoader.SERVICE_FILE + " in app lists 2 backends: app.Experiment, app.Production. "
                        + "Keep only the one to run.");
    }

    @Test
    void aServiceFileNamingAMissingClassIsAnError() throws IOException {
        Path classes = root.resolve("classes");
        compileBackend(classes, "app", "Production");
        writeServiceFile(classes, "app.Prodution\n");

        assertThatThrownBy(() -> loader.fromClassDirectories(List.of(classes), List.of(), "app"))
                .hasMessageStartingWith(BackendLoader.SERVICE_FILE + ": ")
                .hasMessageContaining("app.Prodution")
                .hasMessageEndingWith("Fix the class name listed there.");
    }

    @Test
    void scanningNamesEveryBackendItFinds() throws IOException {
        Path classes = root.resolve("classes");
        compileBackend(classes, "app", "Production");
        compileBackend(classes, "app", "Experiment");

        assertThatThrownBy(() -> loader.fromClassDirectories(List.of(classes), List.of(), "app"))
                .hasMessage("Found 2 classes implementing dev.forte.backend.BackendDefinition in app: "
                        + "app.Experiment, app.Production. Keep one, or name the one to run in "
                        + BackendLoader.SERVICE_FILE + '.');
    }

    @Test
    void scanningSkipsAbstractBackendsAndInterfaces() throws IOException {
        Path classes = root.resolve("classes");
        compile(classes, "app/Base.java", """
                package app;
                public abstract class Base implements dev.forte.backend.BackendDefinition {}
                """);
        compile(classes, "app/Named.java", "package app; public interface Named extends dev.forte.backend.BackendDefinition {}");
        compile(classes, "app/Real.java", """
                package app;
                public class Real extends Base { public dev.forte.backend.Backend define() { return null; } }
                """);

        assertThat(loader.fromClassDirectories(List.of(classes), List.of(), "app").type().getName())
                .isEqualTo("app.Real");
    }

    @Test
    void aDirectoryWithoutPomIsNotAProject() {
        assertThatThrownBy(() -> loader.fromProject(root)).hasMessage("--project " + root + " has no pom.xml. Give "
                + "--project a Maven project directory (default: the current directory), or use --backend-file "
                + "FILE.java.");
    }

    @Test
    void compilesAMavenProjectAndLoadsItsBackendWithItsDependencies() throws IOException {
        Path api = root.resolve("forte-backend.jar");
        jar(codeSource(BackendDefinition.class), api);
        writeMavenProject(root.resolve("app"), api, "src/main/java/app/AppBackend.java",
                BACKEND_SOURCE.formatted("app", "AppBackend"));

        assertThat(loader.fromProject(root.resolve("app")).type().getName()).isEqualTo("app.AppBackend");
    }

    @Test
    void showsMavensOutputWhenTheProjectDoesNotCompile() throws IOException {
        Path api = root.resolve("forte-backend.jar");
        jar(codeSource(BackendDefinition.class), api);
        writeMavenProject(root.resolve("app"), api, "src/main/java/app/Broken.java", "package app; class Broken {");

        assertThatThrownBy(() -> loader.fromProject(root.resolve("app")))
                .hasMessageStartingWith("Maven could not compile the project in " + root.resolve("app") + " (mvn -q -B")
                .hasMessageContaining("Broken.java")
                .hasMessageEndingWith("Fix the build errors above, then run the command again.");
    }

    @Test
    void loadsABuiltProjectAsItWasBuiltWithoutCompilingIt() throws IOException {
        Path api = root.resolve("forte-backend.jar");
        jar(codeSource(BackendDefinition.class), api);
        writeMavenProject(root.resolve("app"), api, "src/main/java/app/Broken.java", "package app; class Broken {");
        compileBackend(root.resolve("app/target/classes"), "app", "AppBackend");

        BackendLoader.FoundBackend found = loader.fromBuiltProject(root.resolve("app"));

        assertThat(found.type().getName()).isEqualTo("app.AppBackend");
        assertThat(found.classpath()).contains(root.resolve("app/target/classes"), api);
    }

    private static void writeMavenProject(Path project, Path apiJar, String sourcePath, String source)
            throws IOException {
        Files.createDirectories(project.resolve(sourcePath).getParent());
        Files.writeString(project.resolve(sourcePath), source);
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>test</groupId><artifactId>app</artifactId><version>1</version>
                  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <dependencies>
                    <dependency>
                      <groupId>dev.forte</groupId><artifactId>forte-backend</artifactId><version>0</version>
                      <scope>system</scope><systemPath>%s</systemPath>
                    </dependency>
                  </dependencies>
                  <build><plugins>
                    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version>
                      <configuration><release>17</release></configuration></plugin>
                  </plugins></build>
                </project>
                """.formatted(apiJar));
    }

    private static void writePom(Path directory, String packaging, String... modules) throws IOException {
        Files.createDirectories(directory);
        StringBuilder moduleList = new StringBuilder();
        for (String module : modules) {
            moduleList.append("<module>").append(module).append("</module>");
        }
        Files.writeString(directory.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>test</groupId><artifactId>%s</artifactId><version>1</version>
                  <packaging>%s</packaging>
                  <modules>%s</modules>
                </project>
                """.formatted(directory.getFileName(), packaging, moduleList));
    }

    private static void writeServiceFile(Path classes, String content) throws IOException {
        Path file = classes.resolve(BackendLoader.SERVICE_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static void compileBackend(Path classes, String packageName, String className) throws IOException {
        compile(classes, packageName + '/' + className + ".java", BACKEND_SOURCE.formatted(packageName, className));
    }

    private static void compile(Path classes, String path, String source) throws IOException {
        Path sources = Files.createTempDirectory("forte-sources");
        Path file = sources.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Files.createDirectories(classes);
        String classpath = codeSource(BackendDefinition.class) + File.pathSeparator + classes;
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", classpath, file.toString());
        assertThat(status).as("javac " + path).isZero();
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes {@code classes} (a directory or already a jar) as the jar {@code target}. */
    private static void jar(Path classes, Path target) throws IOException {
        if (Files.isRegularFile(classes)) {
            Files.copy(classes, target);
            return;
        }
        try (OutputStream file = Files.newOutputStream(target);
                JarOutputStream jar = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path entry : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                jar.putNextEntry(new JarEntry(classes.relativize(entry).toString().replace(File.separatorChar, '/')));
                jar.write(Files.readAllBytes(entry));
                jar.closeEntry();
            }
        }
    }
}
