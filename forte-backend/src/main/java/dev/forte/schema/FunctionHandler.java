package dev.forte.schema;

/**
 * The handler of a custom operation, from {@code a.handler.function(fn)}: the backend function that answers it.
 *
 * @param functionName the function's name in the backend ({@code defineFunction}'s {@code name})
 * @param async true for {@code .async()}: the function is invoked as an event (Lambda's {@code Event} invocation
 *     type) and the operation answers {@code EventInvocationResponse} at once
 * @param namedReference true for {@code a.handler.function("name")}: Amplify writes the name itself into
 *     {@code @function(name: ...)} instead of {@code Fn<FieldName>}
 */
public record FunctionHandler(String functionName, boolean async, boolean namedReference) {}
