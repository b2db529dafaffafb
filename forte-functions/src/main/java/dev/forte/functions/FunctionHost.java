package dev.forte.functions;

import dev.forte.functions.internal.FunctionRuntime;
import dev.forte.functions.internal.WorkerLauncher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private FunctionHost(Map<String, FunctionRuntime> runtimes) {
        this.runtimes = runtimes;
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
        var launcher = WorkerLauncher.forteWorker(console);
        var runtimes = new LinkedHashMap<String, FunctionRuntime>();
        for (WorkerSpec spec : functions) {
            if (runtimes.put(spec.functionName(), new FunctionRuntime(spec, launcher)) != null) {
                throw new FunctionHostException("Function name `" + spec.functionName()
                        + "` is used twice: give each function its own name.");
            }
        }
        return new FunctionHost(Map.copyOf(runtimes));
    }

    /**
     * Invokes {@code functionName} with the event {@code payloadJson} and returns its output or its error, waiting
     * for the invocations of that function already under way.
     */
    public InvocationResult invoke(String functionName, String payloadJson) {
        return runtime(functionName).invoke(payloadJson);
    }

    /**
     * Returns the variables {@code functionName}'s handler sees besides those Lambda itself sets (its
     * {@link WorkerSpec#environment()}): e.g. the data endpoint, region and credentials of its grant.
     */
    public Map<String, String> environment(String functionName) {
        return runtime(functionName).spec().environment();
    }

    private FunctionRuntime runtime(String functionName) {
        FunctionRuntime runtime = runtimes.get(functionName);
        if (runtime == null) {
            throw new FunctionHostException("No function named `" + functionName + "`; this host runs "
                    + String.join(", ", runtimes.keySet().stream().sorted().toList()) + ".");
        }
        return runtime;
    }

    /** Stops every worker and the Runtime API endpoints; invocations under way fail. */
    @Override
    public void close() {
        runtimes.values().forEach(FunctionRuntime::close);
    }
}
