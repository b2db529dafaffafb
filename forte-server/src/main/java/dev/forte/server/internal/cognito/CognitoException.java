package dev.forte.server.internal.cognito;

/**
 * A request a Cognito service refuses, answered as Cognito answers every client error: HTTP 400 with
 * {@code x-amzn-ErrorType} and {@code {"__type":"NotAuthorizedException","message":"Incorrect username or password."}}.
 */
public final class CognitoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String type;

    public CognitoException(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    /** Returns Cognito's error type, e.g. {@code UsernameExistsException}. */
    public String type() {
        return type;
    }

    /** Returns a {@code NotAuthorizedException}, both pools' refusal of a credential or token. */
    public static CognitoException notAuthorized(String message) {
        return new CognitoException("NotAuthorizedException", message);
    }

    /** Returns an {@code InvalidParameterException}, both pools' refusal of a malformed request. */
    public static CognitoException invalidParameter(String message) {
        return new CognitoException("InvalidParameterException", message);
    }

    /** Returns a {@code ResourceNotFoundException}, both pools' answer for an unknown pool, client or identity. */
    public static CognitoException resourceNotFound(String message) {
        return new CognitoException("ResourceNotFoundException", message);
    }
}
