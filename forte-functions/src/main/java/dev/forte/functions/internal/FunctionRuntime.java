package dev.forte.functions.internal;

import dev.forte.functions.FunctionHostException;
import dev.forte.functions.InvocationResult;
import dev.forte.functions.WorkerEnvironment;
import dev.forte.functions.WorkerSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One function in the host: keeps its worker warm between invocations, starts a new one after the last exited
 * or was killed, and lets one invocation run at a time, the others waiting in arrival order.
 *
 * <p>A worker whose {@link WorkerEnvironment} (its credentials) expires is retired before an invocation that could
 * outlive it: when less than the function's timeout plus {@link #EXPIRY_MARGIN} is left, the next invocation goes
 * to a new worker with a fresh environment. An invocation under way is never disturbed.
 */
public final class FunctionRuntime implements AutoCloseable {
    /** Slack beyond the timeout, for the API's credential cache and clock differences. */
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(1);

    private final WorkerSpec spec;
    private final WorkerLauncher launcher;
    private final WorkerEnvironment.Source environments;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock(true);
    private @Nullable Worker worker;
    private @Nullable Instant retireAt;
    private boolean closed;

    public FunctionRuntime(WorkerSpec spec, WorkerLauncher launcher) {
        this(spec, launcher, name -> WorkerEnvironment.none(), Clock.systemUTC());
    }

    public FunctionRuntime(WorkerSpec spec, WorkerLauncher launcher, WorkerEnvironment.Source environments,
            Clock clock) {
        this.spec = spec;
        this.launcher = launcher;
        this.environments = environments;
        this.clock = clock;
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
        if (current != null && current.isAlive() && !dueForRetirement()) {
            return current;
        }
        if (current != null) {
            current.close();
        }
        WorkerEnvironment environment = environments.environmentFor(spec.functionName());
        Worker started = Worker.start(spec.withEnvironment(merged(environment)), launcher);
        worker = started;
        retireAt = environment.validUntil() == null ? null
                : environment.validUntil().minusSeconds(spec.timeoutSeconds()).minus(EXPIRY_MARGIN);
        return started;
    }

    /** Returns the spec's variables with a fresh {@link WorkerEnvironment}'s, as a new worker would get them. */
    public Map<String, String> environment() {
        return merged(environments.environmentFor(spec.functionName()));
    }

    private Map<String, String> merged(WorkerEnvironment environment) {
        Map<String, String> variables = new HashMap<>(spec.environment());
        variables.putAll(environment.variables());
        return Map.copyOf(variables);
    }

    private boolean dueForRetirement() {
        return retireAt != null && !clock.instant().isBefore(retireAt);
    }
}
