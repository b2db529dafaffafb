package dev.forte.server.internal.http;

import dev.forte.ForteException;

/** A request body that is not a GraphQL request: answered with 400 {@code MalformedHttpRequestException}. */
public final class MalformedRequestException extends ForteException {
    static final String ERROR_TYPE = "MalformedHttpRequestException";

    MalformedRequestException(String message) {
        super(message);
    }
}
