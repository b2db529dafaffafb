package dev.forte.server.internal.storage;

import dev.forte.ForteException;

/**
 * A filter or condition that cannot be compiled: an unknown field or operator, or a malformed value. AppSync reports
 * such input as {@code Unable to process the filter expression} with errorType {@code Unrecognized Filter}.
 */
public final class InvalidFilterException extends ForteException {
    public InvalidFilterException(String message) {
        super(message);
    }
}
