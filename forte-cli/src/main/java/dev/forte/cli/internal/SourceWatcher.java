package dev.forte.cli.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Watches a backend's sources and calls back once per burst of changes, after {@link #QUIET} without further ones:
 * a {@code --backend-file}, or a Maven project's {@code pom.xml} files and {@code src/main/java} trees (never
 * {@code target/} or {@code .forte/}). The callback runs on the watcher's own thread, one at a time.
 */
public final class SourceWatcher implements AutoCloseable {
    /** How long the sources must stay unchanged before a burst of saves counts as one change. */
    public static final Duration QUIET = Duration.ofMillis(500);
    private static final Set<String> SKIPPED = Set.of("target", ".forte", ".git", "node_modules");

    private final WatchService service;
    private final Predicate<Path> relevant;
    private final @Nullable Path projectRoot;
    private final Runnable onChange;
    private final Thread thread;

    private SourceWatcher(Predicate<Path> relevant, @Nullable Path projectRoot, Runnable onChange) {
        this.service = newService();
        this.relevant = relevant;
        this.projectRoot = projectRoot;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "forte-source-watcher");
        thread.setDaemon(true);
    }

    /** Watches the single source file {@code file}. */
    public static SourceWatcher ofFile(Path file, Runnable onChange) {
        Path absolute = file.toAbsolutePath().normalize();
        SourceWatcher watcher = new SourceWatcher(absolute::equals, null, onChange);
        watcher.register(absolute.getParent());
        return watcher.started();
    }

    /** Watches the Maven project below {@code directory}: its POMs and {@code src/main/java} trees. */
    public static SourceWatcher ofProject(Path directory, Runnable onChange) {
        Path root = directory.toAbsolutePath().normalize();
        SourceWatcher watcher = new SourceWatcher(path -> isProjectSource(root.relativize(path)), root, onChange);
        watcher.registerTree(root);
        return watcher.started();
    }

    /** Returns whether {@code relative} (to the project directory) is a POM or a file of a main source tree. */
    static boolean isProjectSource(Path relative) {
        return !isSkipped(relative) && (relative.getFileName().toString().equals("pom.xml")
                || isInMainSources(relative));
    }

    private static boolean isInMainSources(Path relative) {
        return ("/" + relative.toString().replace('\\', '/') + "/").contains("/src/main/java/");
    }

    private static boolean isSkipped(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private SourceWatcher started() {
        thread.start();
        return this;
    }

    private static WatchService newService() {
        try {
            return FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new CliException("Cannot watch the backend's sources (" + e + "); run the sandbox with --no-watch.",
                    e);
        }
    }

    /** Registers the directories below {@code top} that hold a POM or main sources, skipping build output. */
    private void registerTree(Path top) {
        Path root = Objects.requireNonNull(projectRoot);
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    Path relative = root.relativize(directory);
                    if (isSkipped(relative)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isInMainSources(relative) || Files.isRegularFile(directory.resolve("pom.xml"))) {
                        register(directory);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("Cannot watch " + top + " (" + e + "); run the sandbox with --no-watch.", e);
        }
    }

    private void register(Path directory) {
        try {
            directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run() {
        try {
            while (true) {
                if (drain(service.take())) {
                    awaitQuiet();
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the sandbox is stopping
        }
    }

    /** Waits until no relevant change arrived for {@link #QUIET}. */
    private void awaitQuiet() throws InterruptedException {
        @Nullable WatchKey key;
        while ((key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            drain(key);
        }
    }

    /** Consumes the events of {@code key}, registering new directories; returns whether a source changed. */
    private boolean drain(WatchKey key) {
        Path directory = (Path) key.watchable();
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                continue;
            }
            Path path = directory.resolve(name);
            if (projectRoot != null && event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerQuietly(path);
            }
            changed |= relevant.test(path);
        }
        key.reset();
        return changed;
    }

    private void registerQuietly(Path directory) {
        try {
            registerTree(directory);
        } catch (CliException e) {
            // a directory removed right after it was created: nothing left to watch
        }
    }

    @Override
    public void close() {
        try {
            service.close();
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
