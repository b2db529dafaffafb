package dev.forte.functions.internal;

import dev.forte.functions.FunctionHostException;
import dev.forte.functions.InvocationResult;
import dev.forte.functions.WorkerSpec;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One function in the host: keeps its worker warm between invocations, starts a new one after the last exited
 * or was killed, and lets one invocation run at a time, the others waiting in arrival order.
 */
public final class FunctionRuntime implements AutoCloseable {
    private final WorkerSpec spec;
    private final WorkerLauncher launcher;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private @Nullable Worker worker;
    private boolean closed;

    public FunctionRuntime(WorkerSpec spec, WorkerLauncher launcher) {
        this.spec = spec;
        this.launcher = launcher;
    }

    public WorkerSpec spec() {
        return spec;
    }

    public InvocationResult invoke(String payloadJson) {
        oneAtATime.lock();
        try {
            return warmWorker().invoke(payloadJson);
        } finally {
            oneAtATime.unlock();
        }
    }

    @Override
    public void close() {
        Worker running;
        synchronized (this) {
            closed = true;
            running = worker;
            worker = null;
        }
        if (running != null) {
            running.close();
        }
    }

    private synchronized Worker warmWorker() {
        if (closed) {
            throw new FunctionHostException("Function `" + spec.functionName()
                    + "`: the function host is closed; start a new one to invoke it.");
        }
        Worker current = worker;
        if (current != null && current.isAlive()) {
            return current;
        }
        if (current != null) {
            current.close();
        }
        Worker started = Worker.start(spec, launcher);
        worker = started;
        return started;
    }
}
