package dev.forte.functions.internal;

import dev.forte.functions.internal.worker.WorkerMain;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Application class-data sharing (AppCDS) for worker JVMs: an archive of the classes every worker loads (Forte's
 * worker, Jackson, aws-lambda-java-core) that a starting worker maps instead of parsing and verifying them, which
 * halves the CPU a cold start takes (0.28 s to 0.15 s measured on 2 cores).
 *
 * <p>JDK 17 has no {@code -XX:+AutoCreateSharedArchive}, so the archive is made by a training JVM, started in the
 * background the first time a worker starts without one: it runs {@link WorkerMain} in its training mode (loads the
 * classes an invocation uses, touches no network, exits) with {@code -XX:ArchiveClassesAtExit}. The archive covers
 * only the worker's own jars, which lead every worker's classpath, so one archive serves every function (a dynamic
 * archive needs its classpath to be a prefix of the worker's); the backend's classes load as before. It is keyed by
 * the JVM and the jars' paths, sizes and times, kept in a directory of the user's own under {@code java.io.tmpdir},
 * and the JVM checks it again when mapping it: a stale or unreadable archive only means a start without it. When a
 * worker jar is a directory (Forte run from its build tree) CDS cannot archive it, and workers start without.
 */
final class WorkerClassArchive {
    private static final AtomicLong TRAINING_RUNS = new AtomicLong();
    /** Archives being made by this JVM: hosts started one after another share one training run. */
    private static final Set<Path> TRAINING = ConcurrentHashMap.newKeySet();
    /** A partial archive this old was left by a host that exited while its training ran. */
    private static final Duration STALE = Duration.ofHours(1);

    private final List<String> workerJars;
    private final Path archive;
    private final List<String> jvmOptions;

    private WorkerClassArchive(List<String> workerJars, Path archive, List<String> jvmOptions) {
        this.workerJars = workerJars;
        this.archive = archive;
        this.jvmOptions = jvmOptions;
    }

    /** Returns the archive for workers whose classpath starts with {@code workerJars}, if they can have one. */
    static Optional<WorkerClassArchive> forWorkers(List<String> workerJars, List<String> jvmOptions) {
        return ownDirectory().flatMap(directory -> forWorkers(workerJars, jvmOptions, directory));
    }

    /** Returns the archive in {@code directory}, which must be the user's own. */
    static Optional<WorkerClassArchive> forWorkers(List<String> workerJars, List<String> jvmOptions, Path directory) {
        if (!workerJars.stream().allMatch(jar -> jar.endsWith(".jar") && Files.isRegularFile(Path.of(jar)))) {
            return Optional.empty();
        }
        return Optional.of(new WorkerClassArchive(List.copyOf(workerJars),
                directory.resolve("worker-" + key(workerJars) + ".jsa"), List.copyOf(jvmOptions)));
    }

    /**
     * Returns the options that map the archive when it exists; otherwise starts making it (once) and returns none,
     * so this worker starts as it would without CDS.
     */
    List<String> options() {
        if (Files.isReadable(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        if (TRAINING.add(archive)) {
            removeStalePartials();
            train();
        }
        return List.of();
    }

    private void train() {
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + TRAINING_RUNS.incrementAndGet() + ".tmp");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-cp", String.join(File.pathSeparator, workerJars), WorkerMain.class.getName()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().put(WorkerMain.TRAINING_VARIABLE, "1");
        try {
            builder.start().onExit().thenAccept(process -> keep(process.exitValue(), partial));
        } catch (IOException e) {
            TRAINING.remove(archive);
        }
    }

    private void removeStalePartials() {
        try (var files = Files.list(archive.getParent())) {
            Instant before = Instant.now().minus(STALE);
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Leftovers stay until the next try; they are never mapped.
        }
    }

    private void keep(int exitValue, Path partial) {
        try {
            if (exitValue == 0 && Files.size(partial) > 0) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // No archive: workers start without CDS, as before.
        } finally {
            TRAINING.remove(archive);
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // A leftover partial archive is never mapped: only the final name is.
            }
        }
    }

    /** Returns {@code <tmp>/forte-cds-<user>}, created owner-only, unless it exists and is not this user's. */
    private static Optional<Path> ownDirectory() {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"),
                "forte-cds-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_.-]", "_"));
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            // Another user's directory of that name could hold an archive made to subvert workers: not used.
            boolean own = Files.getOwner(directory).getName().equals(System.getProperty("user.name"))
                    && Files.getPosixFilePermissions(directory).equals(PosixFilePermissions.fromString("rwx------"));
            return own ? Optional.of(directory) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static String key(List<String> workerJars) {
        StringBuilder identity = new StringBuilder(System.getProperty("java.home")).append('|')
                .append(System.getProperty("java.vm.version"));
        for (String jar : workerJars) {
            Path path = Path.of(jar);
            try {
                identity.append('|').append(path.toAbsolutePath()).append('|').append(Files.size(path)).append('|')
                        .append(Files.getLastModifiedTime(path).toMillis());
            } catch (IOException e) {
                identity.append('|').append(jar);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java 17 runtime provides SHA-256", e);
        }
    }
}
