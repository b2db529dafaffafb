package dev.forte.functions.internal;

import dev.forte.functions.InvocationResult;
import dev.forte.functions.WorkerSpec;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One worker JVM and the Runtime API endpoint it polls; it handles one invocation at a time. */
final class Worker implements AutoCloseable {
    /** How long a fresh worker may take to ask for its first event, as Lambda's init phase. */
    static final long INIT_TIMEOUT_SECONDS = 10;

    private final WorkerSpec spec;
    private final WorkerLauncher launcher;
    private final RuntimeApiServer api;
    private final Process process;

    private Worker(WorkerSpec spec, WorkerLauncher launcher, RuntimeApiServer api, Process process) {
        this.spec = spec;
        this.launcher = launcher;
        this.api = api;
        this.process = process;
    }

    static Worker start(WorkerSpec spec, WorkerLauncher launcher) {
        String region = spec.environment().getOrDefault("AWS_REGION", WorkerLauncher.DEFAULT_REGION);
        var api = RuntimeApiServer.start(spec.functionName(), region, spec.timeoutSeconds());
        Process process;
        try {
            process = launcher.launch(spec, api.address());
        } catch (RuntimeException e) {
            api.close();
            throw e;
        }
        var worker = new Worker(spec, launcher, api, process);
        process.onExit().thenRun(worker::failUnanswered);
        return worker;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    InvocationResult invoke(String payloadJson) {
        var invocation = new Invocation(payloadJson);
        api.submit(invocation);
        if (!await(invocation.pickedUp(), INIT_TIMEOUT_SECONDS)) {
            return stop(invocation, LambdaErrors.initTimedOutMessage(invocation.requestId(), INIT_TIMEOUT_SECONDS));
        }
        if (!await(invocation.result(), spec.timeoutSeconds())) {
            return stop(invocation, LambdaErrors.timedOutMessage(invocation.requestId(), spec.timeoutSeconds()));
        }
        return invocation.result().join();
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        api.close();
    }

    private InvocationResult stop(Invocation invocation, String message) {
        invocation.finish(LambdaErrors.failure("Sandbox.Timedout", message));
        launcher.report(spec, message + "; worker stopped, the next invocation starts a new one");
        close();
        return invocation.result().join();
    }

    private void failUnanswered() {
        int status = process.exitValue();
        api.failAll(requestId -> {
            String message = LambdaErrors.exitedMessage(requestId, status);
            launcher.report(spec, message);
            return LambdaErrors.failure("Runtime.ExitError", message);
        });
        api.close();
    }

    private static boolean await(Future<?> future, long seconds) {
        try {
            future.get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }
}
