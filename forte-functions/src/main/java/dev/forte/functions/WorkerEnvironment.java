package dev.forte.functions;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Variables a worker gets when it starts, on top of its {@link WorkerSpec#environment()}, and until when they are
 * good: temporary credentials, typically. A worker is retired, between invocations, before they go bad.
 *
 * @param variables added to the spec's environment (and overriding it)
 * @param validUntil when the variables stop working; null when they never do
 */
public record WorkerEnvironment(Map<String, String> variables, @Nullable Instant validUntil) {

    public WorkerEnvironment {
        variables = Map.copyOf(variables);
    }

    /** Returns no extra variables, valid for ever. */
    public static WorkerEnvironment none() {
        return new WorkerEnvironment(Map.of(), null);
    }

    /** Gives each new worker of a function its {@link WorkerEnvironment}. */
    @FunctionalInterface
    public interface Source {
        /** Returns the variables for a worker of {@code functionName} that is about to start. */
        WorkerEnvironment environmentFor(String functionName);
    }
}
