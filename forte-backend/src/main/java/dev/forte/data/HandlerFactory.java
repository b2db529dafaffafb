package dev.forte.data;

import dev.forte.schema.FunctionHandler;

/** Amplify's {@code a.handler}: what answers a custom operation. Reach it as {@code a.handler}. */
public final class HandlerFactory {

    HandlerFactory() {}

    /**
     * Returns the handler {@code a.handler.function(fn)}: the backend function {@code fn} answers the operation.
     *
     * <pre>{@code
     * .handler(a.handler.function(summary))          // waits for the function's answer
     * .handler(a.handler.function(notify).async())   // fires it, answers EventInvocationResponse at once
     * }</pre>
     */
    public FunctionHandlerDefinition function(FunctionResource function) {
        return new FunctionHandlerDefinition(new FunctionHandler(function.name(), false, false));
    }

    /**
     * Returns the handler {@code a.handler.function("name")}: the backend function named {@code functionName}.
     * As in Amplify, the name itself is written into {@code @function(name: ...)}.
     */
    public FunctionHandlerDefinition function(String functionName) {
        return new FunctionHandlerDefinition(new FunctionHandler(functionName, false, true));
    }
}
