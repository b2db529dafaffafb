package dev.forte.server.internal.storage;

import dev.forte.ForteException;

/**
 * A key condition of a list or index query that cannot be run: a sort-key condition without the partition key, an
 * unknown operator, or a malformed value. AppSync reports such arguments with errorType {@code InvalidArgumentsError}.
 */
public final class InvalidKeyConditionException extends ForteException {
    public InvalidKeyConditionException(String message) {
        super(message);
    }
}
