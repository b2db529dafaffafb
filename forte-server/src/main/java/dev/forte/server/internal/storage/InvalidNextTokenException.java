package dev.forte.server.internal.storage;

import dev.forte.ForteException;

/** A {@code nextToken} that this server did not issue for this query (tampered, or from another query). */
public final class InvalidNextTokenException extends ForteException {
    public InvalidNextTokenException(String message) {
        super(message);
    }
}
