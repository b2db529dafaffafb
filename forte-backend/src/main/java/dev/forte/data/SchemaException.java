package dev.forte.data;

import dev.forte.ForteException;

/**
 * Thrown by {@code a.schema(...)}, {@code defineData(...)} and the builder when a schema is invalid. The message
 * names the model, field or type and says how to fix it; where Amplify has a message for the same mistake, it
 * uses Amplify's wording.
 */
public final class SchemaException extends ForteException {
    public SchemaException(String message) {
        super(message);
    }
}
