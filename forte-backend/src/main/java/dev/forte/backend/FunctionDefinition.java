package dev.forte.backend;

import dev.forte.data.FunctionResource;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code defineFunction(...)}: a validated function, ready to be granted data access with
 * {@code allow.resource(fn)} and added to the backend with {@code Backend.of(data, fn)}.
 *
 * @param name the function's name, unique in its backend; what {@code ./forte function invoke} takes
 * @param handlerClassName the binary name of the {@code RequestHandler} class, as {@link Class#getName()} gives
 *     it (the class part of Lambda's {@code _HANDLER})
 * @param timeoutSeconds how long an invocation may run, 1 to 900
 * @param memoryMB the worker's memory, 128 to 10240
 * @param environment the function's own environment variables
 * @param schedules when the function runs on its own; empty when it only runs when invoked
 */
public record FunctionDefinition(
        String name,
        String handlerClassName,
        int timeoutSeconds,
        int memoryMB,
        Map<String, String> environment,
        List<FunctionSchedule> schedules) implements FunctionResource {

    public FunctionDefinition {
        environment = Map.copyOf(environment);
        schedules = List.copyOf(schedules);
    }
}
