package dev.forte.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.bench.functions.NoOpHandler;
import dev.forte.functions.FunctionHost;
import dev.forte.functions.InvocationResult;
import dev.forte.functions.WorkerSpec;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The function scenarios, in a JVM of their own: {@code FunctionBench WARMUP_SECONDS MEASURE_SECONDS COLD_STARTS}.
 * One caller invokes {@link NoOpHandler} back to back (a worker runs one invocation at a time) in three ways: B5's
 * in-process call (the event parsed, the handler called, the answer written, as the worker does), B5's loopback
 * echo, and Forte's warm invocation through {@link FunctionHost}; then it times cold starts, each a new host
 * started and invoked once. Prints one row line per scenario ({@link RowLines}).
 */
public final class FunctionBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] EVENT = "{\"name\":\"Ada\",\"n\":1}".getBytes(StandardCharsets.UTF_8);
    private static final String FUNCTION = "noop";

    private FunctionBench() {}

    /** A call measured back to back. */
    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Duration warmup = Duration.ofSeconds(Long.parseLong(args[0]));
        Duration measure = Duration.ofSeconds(Long.parseLong(args[1]));
        int coldStarts = Integer.parseInt(args[2]);
        NoOpHandler handler = new NoOpHandler();
        // Millions of calls a second: a second of each is plenty, and leaves the time to the invocations.
        row("B5.call", loop(Duration.ofSeconds(1), Duration.ofSeconds(1), () -> JSON.writeValueAsBytes(
                handler.handleRequest(JSON.readValue(EVENT, Map.class), null))));
        try (LoopbackEcho echo = new LoopbackEcho()) {
            row("B5.echo", loop(warmup, measure, () -> echo.echo(EVENT)));
        }
        String event = new String(EVENT, StandardCharsets.UTF_8);
        try (FunctionHost host = FunctionHost.start(List.of(spec()), System.err::println)) {
            row("F.invoke", loop(warmup, measure, () -> check(host.invoke(FUNCTION, event))));
        }
        row("F.cold", coldStarts(coldStarts, event));
    }

    private static Measurement loop(Duration warmup, Duration measure, Call call) throws Exception {
        timed(warmup, call);
        return timed(measure, call);
    }

    private static Measurement timed(Duration duration, Call call) throws Exception {
        Latencies latencies = new Latencies();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long now = start;
        while (now < end) {
            call.run();
            long done = System.nanoTime();
            latencies.add(done - now);
            now = done;
        }
        return latencies.measurement((now - start) / 1e9, 0);
    }

    /** Each cold start: a new host, its worker JVM started by the first invocation, timed to that answer. */
    private static Measurement coldStarts(int count, String event) {
        Latencies latencies = new Latencies();
        long errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long begin = System.nanoTime();
            try (FunctionHost host = FunctionHost.start(List.of(spec()), System.err::println)) {
                check(host.invoke(FUNCTION, event));
                latencies.add(System.nanoTime() - begin);
            } catch (BenchFailure e) {
                System.err.println("cold start " + (i + 1) + " failed: " + e.getMessage());
                errors++;
            }
        }
        return latencies.measurement((System.nanoTime() - start) / 1e9, errors);
    }

    private static void check(InvocationResult result) {
        if (result.functionError()) {
            throw new BenchFailure("the no-op function failed: " + result.payload());
        }
    }

    private static WorkerSpec spec() {
        try {
            Path classes = Path.of(NoOpHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return WorkerSpec.of(FUNCTION, NoOpHandler.class.getName(), List.of(classes)).withTimeoutSeconds(30);
        } catch (URISyntaxException e) {
            throw new BenchFailure("Cannot locate the no-op handler's classes: " + e.getMessage(), e);
        }
    }

    private static void row(String key, Measurement measurement) {
        RowLines.print(key, measurement);
    }
}
