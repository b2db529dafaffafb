package dev.forte.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server under test in a process of its own (the floor, Forte, the peer). It is ready when it has printed
 * {@code GraphQL endpoint: URL} and {@code API key: KEY}, as {@code ./forte sandbox} does; everything it prints goes
 * to a log file.
 */
final class Service implements AutoCloseable {
    private static final String ENDPOINT = "GraphQL endpoint: ";
    private static final String API_KEY = "API key: ";
    /** Stopped by a shutdown hook if the harness is interrupted, so no server outlives it. */
    private static final Set<Service> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(RUNNING).forEach(Service::close)));
    }

    private final String name;
    private final Process process;
    private final long startNanos;
    private final Path log;
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
    private final CompletableFuture<String> apiKey = new CompletableFuture<>();
    private final java.util.List<String> printed = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Service(String name, Process process, long startNanos, Path log) {
        this.name = name;
        this.process = process;
        this.startNanos = startNanos;
        this.log = log;
    }

    static Service start(String name, List<String> command, Path workingDirectory, Path log) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true);
            long startNanos = System.nanoTime();
            Service service = new Service(name, builder.start(), startNanos, log);
            RUNNING.add(service);
            Thread reader = new Thread(service::copyOutput, name + "-output");
            reader.setDaemon(true);
            reader.start();
            return service;
        } catch (IOException e) {
            throw new BenchFailure("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Returns {@link System#nanoTime()} just before the process was started. */
    long startNanos() {
        return startNanos;
    }

    URI awaitEndpoint(Duration timeout) {
        return await(endpoint, timeout);
    }

    String awaitApiKey(Duration timeout) {
        String key = await(apiKey, timeout);
        return key.equals("none") ? "" : key;
    }

    /**
     * Returns what follows {@code label} (e.g. {@code "CA certificate: "}) on a line the server printed before its
     * endpoint and API key; call after {@link #awaitApiKey}.
     */
    String printedValue(String label) {
        return printed.stream().filter(line -> line.contains(label)).findFirst()
                .map(line -> line.substring(line.indexOf(label) + label.length()).strip())
                .orElseThrow(() -> new BenchFailure(name + " printed no `" + label.strip() + "` line (log: " + log + ")"));
    }

    private <T> T await(CompletableFuture<T> value, Duration timeout) {
        try {
            return value.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BenchFailure(name + " printed no endpoint within " + timeout.toSeconds() + " s (log: " + log + ")");
        } catch (ExecutionException e) {
            throw new BenchFailure(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted while starting " + name, e);
        }
    }

    private void copyOutput() {
        try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(log, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.write(line + "\n");
                out.flush();
                printed.add(line);
                notice(line);
            }
        } catch (IOException e) {
            // The process went away; the futures below say so.
        }
        String exit = name + " stopped before it was ready (log: " + log + ")";
        endpoint.completeExceptionally(new BenchFailure(exit));
        apiKey.completeExceptionally(new BenchFailure(exit));
    }

    private void notice(String line) {
        int endpointAt = line.indexOf(ENDPOINT);
        if (endpointAt >= 0) {
            endpoint.complete(URI.create(line.substring(endpointAt + ENDPOINT.length()).strip()));
        }
        int keyAt = line.indexOf(API_KEY);
        if (keyAt >= 0) {
            apiKey.complete(line.substring(keyAt + API_KEY.length()).strip());
        }
    }

    /** Stops the process and its children: SIGTERM, then SIGKILL after ten seconds. */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        RUNNING.remove(this);
    }
}
