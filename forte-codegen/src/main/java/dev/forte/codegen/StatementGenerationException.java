package dev.forte.codegen;

import dev.forte.ForteException;

/** Thrown when statements cannot be generated: invalid schema SDL, an option out of range, an unsupported type. */
public final class StatementGenerationException extends ForteException {
    public StatementGenerationException(String message) {
        super(message);
    }
}
