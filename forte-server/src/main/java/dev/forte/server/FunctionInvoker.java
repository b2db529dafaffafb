package dev.forte.server;

/**
 * Runs a backend function for the API: how a custom query or mutation with {@code a.handler.function(fn)} reaches
 * the function. The server builds the invocation (AppSync's resolver event as the payload) and maps the result;
 * whoever runs functions (the CLI's sandbox, with its worker JVMs) implements this.
 *
 * <pre>{@code
 * ForteConfig.builder(backend).functionInvoker(invocation -> host.invoke(invocation)).build();
 * }</pre>
 */
@FunctionalInterface
public interface FunctionInvoker {

    /** The invoker of a server that runs no functions: every invocation fails with a message saying so. */
    FunctionInvoker NONE = invocation -> {
        throw new FunctionInvocationException("No function host runs function `" + invocation.functionName()
                + "`: this server was started without one. Run the backend with `forte sandbox`, or give"
                + " ForteConfig a functionInvoker.");
    };

    /**
     * Invokes the function and returns its result; for {@link FunctionInvocation.Type#EVENT} it returns as soon as
     * the invocation is queued, with an empty payload, as Lambda answers an {@code Event} invocation.
     *
     * @throws FunctionInvocationException if the function cannot be invoked at all (no such function, host closed);
     *     a function that runs and fails is a result with {@link FunctionResult#functionError()}
     */
    FunctionResult invoke(FunctionInvocation invocation);
}
