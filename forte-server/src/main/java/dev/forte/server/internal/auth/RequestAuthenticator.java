package dev.forte.server.internal.auth;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides the auth mode of a request as AppSync does (PROTOCOL §2.2) and hands it to that mode's
 * {@link Authenticator}: {@code x-api-key} means API key, an {@code Authorization} starting with
 * {@code AWS4-HMAC-SHA256} means IAM, any other {@code Authorization} a JWT (Cognito, OIDC) or, when the API has a
 * Lambda authorizer, a Lambda token unless it is a JWT of one of the API's issuers.
 */
public final class RequestAuthenticator implements Authenticator {
    static final String NO_CREDENTIALS = "Valid authorization header not provided.";
    private static final String SIGV4_PREFIX = "AWS4-HMAC-SHA256";

    private final Set<AuthMode> enabledModes;
    private final Map<AuthMode, Authenticator> authenticators;

    /**
     * @param enabledModes the modes the API's schema uses
     * @param authenticators a verifier for each mode this server can check; an enabled mode without one is
     *     answered with a 401 saying that Forte does not support it yet
     */
    public RequestAuthenticator(Set<AuthMode> enabledModes, Map<AuthMode, Authenticator> authenticators) {
        this.enabledModes = Set.copyOf(enabledModes);
        this.authenticators = new EnumMap<>(authenticators);
    }

    @Override
    public RequestIdentity authenticate(AuthRequest request) {
        return authenticatorFor(modeOf(request)).authenticate(request);
    }

    private Authenticator authenticatorFor(AuthMode mode) {
        Authenticator authenticator = authenticators.get(mode);
        if (authenticator != null && enabledModes.contains(mode)) {
            return authenticator;
        }
        return request -> {
            throw AuthenticationException.unauthorized(notEnabledMessage(mode));
        };
    }

    private AuthMode modeOf(AuthRequest request) {
        if (request.header("x-api-key") != null) {
            return AuthMode.API_KEY;
        }
        String authorization = request.header("authorization");
        if (authorization == null || authorization.isBlank()) {
            throw AuthenticationException.unauthorized(NO_CREDENTIALS);
        }
        if (authorization.startsWith(SIGV4_PREFIX)) {
            return AuthMode.AWS_IAM;
        }
        if (enabledModes.contains(AuthMode.AWS_LAMBDA) && !issuedByJwtIssuer(authorization)) {
            return AuthMode.AWS_LAMBDA;
        }
        return AuthMode.AMAZON_COGNITO_USER_POOLS;
    }

    /** With a Lambda authorizer beside them, only tokens the API's JWT issuers issued go to those modes. */
    private boolean issuedByJwtIssuer(String token) {
        return authenticators.values().stream()
                .anyMatch(authenticator -> authenticator instanceof JwtAuthenticator jwt && jwt.issued(token));
    }

    private String notEnabledMessage(AuthMode mode) {
        return switch (mode) {
            case API_KEY -> "API key authorization is not enabled on this API: its schema has no "
                    + "allow.publicApiKey() rule and its default mode is not apiKey.";
            case AWS_IAM -> "IAM (SigV4) authorization is not enabled on this API: only functions granted "
                    + "access with allow.resource(fn) can sign requests, with the credentials Forte issues them.";
            default -> "User pool authorization (an Authorization header with a token) is not enabled on this "
                    + "API: add user sign-in to the backend, `Backend.of(defineAuth(), data, ...)`, and a rule for "
                    + "signed-in users such as allow.owner(). OIDC tokens are not supported yet.";
        };
    }
}
