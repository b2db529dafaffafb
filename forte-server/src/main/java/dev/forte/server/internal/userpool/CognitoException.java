package dev.forte.server.internal.userpool;

/**
 * A failed user pool operation, answered as Cognito answers it: HTTP 400 with
 * {@code {"__type":"NotAuthorizedException","message":"Incorrect username or password."}}.
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

    static CognitoException notAuthorized(String message) {
        return new CognitoException("NotAuthorizedException", message);
    }

    static CognitoException invalidParameter(String message) {
        return new CognitoException("InvalidParameterException", message);
    }

    static CognitoException wrongPassword() {
        return notAuthorized("Incorrect username or password.");
    }
}
