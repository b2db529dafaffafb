package dev.forte.functions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the host needs to run one function: its name, its {@code RequestHandler} class, the classpath that holds
 * it, Lambda's limits and the environment the handler sees.
 *
 * <p>{@code environment} is added to the variables Lambda itself sets ({@code AWS_LAMBDA_FUNCTION_NAME},
 * {@code _HANDLER}, {@code AWS_LAMBDA_RUNTIME_API}, …), which it cannot override; it may set {@code AWS_REGION}
 * and is where the caller puts credentials and data endpoints.
 *
 * @param functionName the name invocations use, as in {@code defineFunction({name})}
 * @param handlerClassName the binary name of a class implementing {@code RequestHandler<I, O>} with a no-argument
 *     constructor
 * @param classpath the jars and class directories of the backend that holds the handler
 * @param timeoutSeconds how long one invocation may run, 1 to 900
 * @param memoryMB the worker JVM's maximum heap ({@code -Xmx}), 128 to 10240
 * @param environment variables the handler sees besides Lambda's own
 */
public record WorkerSpec(
        String functionName,
        String handlerClassName,
        List<Path> classpath,
        int timeoutSeconds,
        int memoryMB,
        Map<String, String> environment) {

    private static final Pattern FUNCTION_NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

    public WorkerSpec {
        if (!FUNCTION_NAME.matcher(functionName).matches()) {
            throw new FunctionHostException("Function name `" + functionName
                    + "` is not valid: use 1 to 64 letters, digits, `-` or `_`.");
        }
        require(timeoutSeconds >= 1 && timeoutSeconds <= 900, functionName,
                "timeoutSeconds must be a whole number between 1 and 900 inclusive, got " + timeoutSeconds);
        require(memoryMB >= 128 && memoryMB <= 10240, functionName,
                "memoryMB must be a whole number between 128 and 10240 inclusive, got " + memoryMB);
        require(!handlerClassName.isBlank(), functionName, "the handler class name is empty");
        classpath = List.copyOf(classpath);
        environment = Map.copyOf(environment);
    }

    /** Returns a spec with Amplify's defaults: 3 seconds, 512 MB and no extra environment. */
    public static WorkerSpec of(String functionName, String handlerClassName, List<Path> classpath) {
        return new WorkerSpec(functionName, handlerClassName, classpath, 3, 512, Map.of());
    }

    /** Returns a copy of this spec with {@code timeoutSeconds} replaced. */
    public WorkerSpec withTimeoutSeconds(int seconds) {
        return new WorkerSpec(functionName, handlerClassName, classpath, seconds, memoryMB, environment);
    }

    /** Returns a copy of this spec with {@code memoryMB} replaced. */
    public WorkerSpec withMemoryMB(int megabytes) {
        return new WorkerSpec(functionName, handlerClassName, classpath, timeoutSeconds, megabytes, environment);
    }

    /** Returns a copy of this spec with {@code environment} replaced. */
    public WorkerSpec withEnvironment(Map<String, String> variables) {
        return new WorkerSpec(functionName, handlerClassName, classpath, timeoutSeconds, memoryMB, variables);
    }

    private static void require(boolean condition, String functionName, String problem) {
        if (!condition) {
            throw new FunctionHostException("Function `" + functionName + "`: " + problem + ".");
        }
    }
}
