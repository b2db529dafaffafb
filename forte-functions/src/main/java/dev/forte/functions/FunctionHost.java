package dev.forte.functions;

import dev.forte.functions.internal.FunctionRuntime;
import dev.forte.functions.internal.WorkerLauncher;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs functions in worker JVMs and invokes them through the AWS Lambda Runtime API on loopback.
 *
 * <p>A function's worker starts on its first invocation (a cold start), stays warm for the next ones, is killed
 * when an invocation passes the function's timeout and is started afresh after it exits. Each worker handles one
 * invocation at a time: concurrent invocations of one function wait their turn, in order.
 *
 * <pre>{@code
 * try (var host = FunctionHost.start(List.of(WorkerSpec.of("say-hello", "com.example.SayHello", classpath)))) {
 *     InvocationResult result = host.invoke("say-hello", "{\"name\":\"Ada\"}");
 * }
 * }</pre>
 */
public final class FunctionHost implements AutoCloseable {
    private final Map<String, FunctionRuntime> runtimes;
    private final Consumer<String> console;
    private final ExecutorService events = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "forte-function-event");
        thread.setDaemon(true);
        return thread;
    });

    private FunctionHost(Map<String, FunctionRuntime> runtimes, Consumer<String> console) {
        this.runtimes = runtimes;
        this.console = console;
    }

    /** Returns a host for {@code functions} whose workers' output goes to standard output. */
    public static FunctionHost start(List<WorkerSpec> functions) {
        return start(functions, System.out::println);
    }

    /**
     * Returns a host for {@code functions} that passes each line its workers print to {@code console}, prefixed
     * with {@code [<function name>] }.
     */
    public static FunctionHost start(List<WorkerSpec> functions, Consumer<String> console) {
        return start(functions, console, name -> WorkerEnvironment.none(), Clock.systemUTC());
    }

    /**
     * Returns a host for {@code functions} whose new workers also get what {@code environments} gives them (such as
     * temporary credentials); a worker is replaced, between invocations, before that expires by {@code clock}.
     */
    public static FunctionHost start(List<WorkerSpec> functions, Consumer<String> console,
            WorkerEnvironment.Source environments, Clock clock) {
        var launcher = WorkerLauncher.forteWorker(console);
        var runtimes = new LinkedHashMap<String, FunctionRuntime>();
        for (WorkerSpec spec : functions) {
            if (runtimes.put(spec.functionName(), new FunctionRuntime(spec, launcher, environments, clock)) != null) {
                throw new FunctionHostException("Function name `" + spec.functionName()
                        + "` is used twice: give each function its own name.");
            }
        }
        return new FunctionHost(Map.copyOf(runtimes), console);
    }

    /**
     * Invokes {@code functionName} with the event {@code payloadJson} and returns its output or its error, waiting
     * for the invocations of that function already under way.
     */
    public InvocationResult invoke(String functionName, String payloadJson) {
        return runtime(functionName).invoke(payloadJson);
    }

    /**
     * Queues an invocation of {@code functionName} with {@code payloadJson} and returns at once, as Lambda's
     * {@code Event} invocation type does; the function runs after the invocations already waiting for it, and a
     * failure is reported on the console (prefixed with the function's name), since nobody waits for the result.
     *
     * @throws FunctionHostException if the host has no such function
     */
    public void invokeEvent(String functionName, String payloadJson) {
        FunctionRuntime runtime = runtime(functionName);
        events.execute(() -> {
            InvocationResult result = runtime.invoke(payloadJson);
            if (result.functionError()) {
                console.accept("[" + functionName + "] event invocation failed: " + result.payload());
            }
        });
    }

    /**
     * Returns the variables {@code functionName}'s handler sees besides those Lambda itself sets (its
     * {@link WorkerSpec#environment()} and a fresh {@link WorkerEnvironment}): e.g. the data endpoint, region and
     * credentials of its grant.
     */
    public Map<String, String> environment(String functionName) {
        return runtime(functionName).environment();
    }

    private FunctionRuntime runtime(String functionName) {
        FunctionRuntime runtime = runtimes.get(functionName);
        if (runtime == null) {
            throw new FunctionHostException("No function named `" + functionName + "`; this host runs "
                    + String.join(", ", runtimes.keySet().stream().sorted().toList()) + ".");
        }
        return runtime;
    }

    /** Stops every worker and the Runtime API endpoints; invocations under way or queued fail. */
    @Override
    public void close() {
        events.shutdownNow();
        runtimes.values().forEach(FunctionRuntime::close);
    }
}
