package dev.forte.server.internal.storage;

import dev.forte.ForteException;

/**
 * A filter, condition or key condition that cannot be compiled: an unknown field or operator, or a malformed
 * value. AppSync reports such input with errorType {@code Unrecognized Filter} or {@code InvalidArgumentsError}.
 */
public final class InvalidFilterException extends ForteException {
    public InvalidFilterException(String message) {
        super(message);
    }
}
