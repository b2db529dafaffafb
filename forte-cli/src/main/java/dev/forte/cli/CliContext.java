package dev.forte.cli;

import dev.forte.cli.internal.StopSignal;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a command may touch besides its options: the output streams, the working directory, the environment and
 * the signal that stops a sandbox. Tests pass their own.
 */
record CliContext(PrintStream out, PrintStream err, Path workingDirectory, Map<String, String> environment,
        StopSignal stopSignal) {

    static CliContext system(PrintStream out, PrintStream err) {
        return new CliContext(out, err, Path.of("").toAbsolutePath(), System.getenv(), StopSignal.onJvmShutdown());
    }

    @Nullable String env(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** Returns {@code path} resolved against the working directory and normalised. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path).toAbsolutePath().normalize();
    }
}
