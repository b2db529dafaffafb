package dev.forte.functions;

/**
 * What one invocation returned, as Lambda's {@code Invoke} returns it: the handler's output as JSON, or, when
 * {@code functionError} is true, Lambda's error document {@code {"errorMessage", "errorType", "stackTrace"}}
 * (the case Lambda marks with {@code X-Amz-Function-Error: Unhandled}).
 *
 * @param payload the output or error document, as JSON
 * @param functionError whether the function failed: it threw, timed out, or its JVM exited
 */
public record InvocationResult(String payload, boolean functionError) {

    /** Returns the result of an invocation whose handler returned {@code payloadJson}. */
    public static InvocationResult success(String payloadJson) {
        return new InvocationResult(payloadJson, false);
    }

    /** Returns the result of an invocation that failed with Lambda's error document {@code errorJson}. */
    public static InvocationResult failure(String errorJson) {
        return new InvocationResult(errorJson, true);
    }
}
