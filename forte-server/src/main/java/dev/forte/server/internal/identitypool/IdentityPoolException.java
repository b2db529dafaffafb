package dev.forte.server.internal.identitypool;

/**
 * A request the identity pool refuses, with Cognito's error type ({@code __type}) and message, answered with
 * HTTP 400 as Cognito answers every client error.
 */
public final class IdentityPoolException extends RuntimeException {
    private final String type;

    public IdentityPoolException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    /** Returns Cognito's error type, e.g. {@code NotAuthorizedException}. */
    public String type() {
        return type;
    }

    static IdentityPoolException notAuthorized(String message) {
        return new IdentityPoolException("NotAuthorizedException", message);
    }

    static IdentityPoolException notFound(String message) {
        return new IdentityPoolException("ResourceNotFoundException", message);
    }

    /** AWS's validation failure for a member that is missing or does not match its pattern. */
    static IdentityPoolException invalid(String member, @org.jspecify.annotations.Nullable String value,
            String constraint) {
        String shown = value == null ? "null" : "'" + value + "'";
        return new IdentityPoolException("ValidationException", "1 validation error detected: Value " + shown
                + " at '" + member + "' failed to satisfy constraint: " + constraint);
    }
}
