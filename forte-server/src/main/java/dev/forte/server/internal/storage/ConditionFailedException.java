package dev.forte.server.internal.storage;

import dev.forte.ForteException;

/** A write's condition failed, or its key existed (create) or did not (update, delete): DynamoDB's ConditionalCheckFailedException. */
public final class ConditionFailedException extends ForteException {
    public ConditionFailedException(String message) {
        super(message);
    }
}
