package dev.forte.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

/** {@code forte serve} in a JVM of its own, as an operator runs it, stopped with SIGTERM as a service manager does. */
final class ServeProcess {
    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final Process process;
    private final Thread reader;
    private final StringBuffer output = new StringBuffer();
    private String endpoint = "";
    private String apiKey = "";

    private ServeProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "serve-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code forte serve args} in {@code directory} and returns once it has announced its endpoint. */
    static ServeProcess start(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve"));
        command.addAll(List.of(args));
        ServeProcess serve = new ServeProcess(new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).start());
        serve.awaitAnnouncement();
        return serve;
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitAnnouncement() throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            Matcher matcher = RunningSandbox.ANNOUNCEMENT.matcher(output);
            if (matcher.find()) {
                endpoint = matcher.group(1);
                apiKey = matcher.group(2);
                return;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("forte serve did not announce its endpoint; it printed:\n" + output);
    }

    String endpoint() {
        return endpoint;
    }

    String apiKey() {
        return apiKey;
    }

    /** Sends SIGTERM and returns the exit status once the process has ended. */
    int terminate() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the pipe the output comes through
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("forte serve did not stop within a minute of SIGTERM; it printed:\n" + output);
        }
        reader.join(TimeUnit.MINUTES.toMillis(1)); // the rest of its output
        return process.exitValue();
    }

    /** Returns what the process printed so far, standard output and error together. */
    String output() {
        return output.toString();
    }
}
