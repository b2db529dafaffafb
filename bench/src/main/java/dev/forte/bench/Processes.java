package dev.forte.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/** Runs a command to completion and returns what it printed (stdout and stderr merged). */
final class Processes {
    private Processes() {}

    static String run(List<String> command, Map<String, String> env, Duration timeout) {
        @Nullable Path output = null;
        try {
            output = Files.createTempFile("forte-bench-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new BenchFailure(command.get(0) + " timed out after " + timeout.toSeconds() + " s");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new BenchFailure(command.get(0) + " exited with " + process.exitValue() + ": " + tail(printed));
            }
            return printed;
        } catch (IOException e) {
            throw new BenchFailure("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted while running " + command.get(0), e);
        } finally {
            deleteQuietly(output);
        }
    }

    /** Returns the last lines of a command's output, on one line, for a status column. */
    static String tail(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless.
        }
    }
}
