package dev.forte.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWatcherTest {
    @TempDir Path project;

    @Test
    void countsPomsAndMainSourcesAsSourcesButNotBuildOutputTestsOrSandboxData() {
        assertThat(SourceWatcher.isProjectSource(Path.of("pom.xml"))).isTrue();
        assertThat(SourceWatcher.isProjectSource(Path.of("app/pom.xml"))).isTrue();
        assertThat(SourceWatcher.isProjectSource(Path.of("src/main/java/com/example/Backend.java"))).isTrue();
        assertThat(SourceWatcher.isProjectSource(Path.of("app/src/main/java/com/example"))).isTrue();
        assertThat(SourceWatcher.isProjectSource(Path.of("src/test/java/com/example/BackendTest.java"))).isFalse();
        assertThat(SourceWatcher.isProjectSource(Path.of("target/generated-sources/src/main/java/X.java"))).isFalse();
        assertThat(SourceWatcher.isProjectSource(Path.of("app/target/pom.xml"))).isFalse();
        assertThat(SourceWatcher.isProjectSource(Path.of(".forte/pg/pom.xml"))).isFalse();
        assertThat(SourceWatcher.isProjectSource(Path.of("README.md"))).isFalse();
    }

    @Test
    void reportsChangesInPackagesCreatedAfterItStarted() throws Exception {
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/example"));
        AtomicInteger changes = new AtomicInteger();
        try (SourceWatcher watcher = SourceWatcher.ofProject(project, changes::incrementAndGet)) {
            Path newPackage = Files.createDirectories(sources.resolve("functions"));
            awaitChanges(changes, 1);

            Files.writeString(newPackage.resolve("Handler.java"), "class Handler {}");
            awaitChanges(changes, 2);
        }
        assertThat(changes).hasValue(2);
    }

    private static void awaitChanges(AtomicInteger changes, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (changes.get() < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(changes).as("changes reported").hasValue(expected);
    }
}
