package dev.forte.data;

import dev.forte.schema.FunctionHandler;

/** A function handler of a custom operation, from {@code a.handler.function(fn)}. */
public final class FunctionHandlerDefinition {
    private final FunctionHandler handler;

    FunctionHandlerDefinition(FunctionHandler handler) {
        this.handler = handler;
    }

    /**
     * Returns this handler invoked as an event, Lambda's {@code Event} invocation type: the operation answers
     * {@code EventInvocationResponse {success: Boolean!}} as soon as the invocation is queued, without waiting for
     * the function, whatever {@code .returns(...)} says (Amplify replaces the return type too).
     */
    public FunctionHandlerDefinition async() {
        return new FunctionHandlerDefinition(new FunctionHandler(handler.functionName(), true,
                handler.namedReference()));
    }

    FunctionHandler handler() {
        return handler;
    }
}
