package dev.forte.functions;

import dev.forte.ForteException;

/** Thrown when the function host is misused or cannot run a worker; a function's own failures are results. */
public final class FunctionHostException extends ForteException {
    public FunctionHostException(String message) {
        super(message);
    }

    public FunctionHostException(String message, Throwable cause) {
        super(message, cause);
    }
}
