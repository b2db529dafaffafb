package dev.forte.server;

import dev.forte.ForteException;

/** Thrown by a {@link FunctionInvoker} that cannot invoke a function at all; the message says why and what to do. */
public final class FunctionInvocationException extends ForteException {
    public FunctionInvocationException(String message) {
        super(message);
    }

    public FunctionInvocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
