package dev.forte.server;

/**
 * What a function answered, as Lambda's {@code Invoke} returns it.
 *
 * @param payloadJson the handler's output as JSON, or, when {@code functionError} is true, Lambda's error document
 *     {@code {"errorMessage", "errorType", ...}}
 * @param functionError whether the function failed (Lambda's {@code X-Amz-Function-Error: Unhandled})
 */
public record FunctionResult(String payloadJson, boolean functionError) {

    /** Returns the result Lambda gives an {@code Event} invocation once it is queued: no payload. */
    public static FunctionResult queued() {
        return new FunctionResult("", false);
    }
}
