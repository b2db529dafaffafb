package dev.forte.server;

/**
 * One invocation the API asks of a function.
 *
 * @param functionName the function's name in the backend
 * @param payloadJson the event, as JSON: AppSync's resolver event for a custom operation
 * @param type how to invoke it, as Lambda's {@code InvocationType}
 */
public record FunctionInvocation(String functionName, String payloadJson, Type type) {

    /** Lambda's invocation types. */
    public enum Type {
        /** Wait for the function's answer. */
        REQUEST_RESPONSE,
        /** Queue the invocation and return at once ({@code .async()} operations). */
        EVENT
    }
}
