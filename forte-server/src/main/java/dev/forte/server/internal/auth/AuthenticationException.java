package dev.forte.server.internal.auth;

import dev.forte.ForteException;

/**
 * Credentials that fail: the request gets {@code status} with {@code x-amzn-ErrorType: errorType} and no data.
 * Use {@link #unauthorized(String)} for AppSync's 401.
 */
public final class AuthenticationException extends ForteException {
    private final int status;
    private final String errorType;

    public AuthenticationException(int status, String errorType, String message) {
        super(message);
        this.status = status;
        this.errorType = errorType;
    }

    /** Returns a 401 {@code UnauthorizedException} with {@code message}. */
    public static AuthenticationException unauthorized(String message) {
        return new AuthenticationException(401, "UnauthorizedException", message);
    }

    public int status() {
        return status;
    }

    public String errorType() {
        return errorType;
    }
}
