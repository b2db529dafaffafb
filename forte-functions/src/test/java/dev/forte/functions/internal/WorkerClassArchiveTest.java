package dev.forte.functions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.functions.internal.worker.WorkerMain;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerClassArchiveTest {
    private static final List<String> OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    @TempDir
    Path directory;

    @Test
    void leavesWorkersWithoutAnArchiveWhenTheirClassesAreADirectory() throws Exception {
        String classes = location(WorkerMain.class);
        assertThat(Files.isDirectory(Path.of(classes))).isTrue();

        assertThat(WorkerClassArchive.forWorkers(List.of(classes), OPTIONS, directory)).isEmpty();
    }

    @Test
    void trainsOnceThenGivesLaterWorkersTheArchiveToMap() throws Exception {
        List<String> jars = new ArrayList<>(List.of(jarOf(Path.of(location(WorkerMain.class)))));
        for (Class<?> type : List.of(RequestHandler.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class)) {
            jars.add(location(type));
        }
        WorkerClassArchive archive = WorkerClassArchive.forWorkers(jars, OPTIONS, directory).orElseThrow();

        assertThat(archive.options()).isEmpty();
        List<String> options = awaitOptions(archive);

        assertThat(options).anyMatch(option -> option.startsWith("-XX:SharedArchiveFile=" + directory));
        Path mapped = Path.of(options.get(0).substring("-XX:SharedArchiveFile=".length()));
        assertThat(Files.size(mapped)).isPositive();
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.filter(file -> file.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    /** Training a JVM's archive takes seconds on a loaded machine: waits up to two minutes for it. */
    private static List<String> awaitOptions(WorkerClassArchive archive) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        List<String> options = archive.options();
        while (options.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            options = archive.options();
        }
        return options;
    }

    private String jarOf(Path classes) throws IOException {
        Path jar = directory.resolve("forte-functions-classes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar.toString();
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
