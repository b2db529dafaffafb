package dev.forte.server.internal.auth;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides the auth mode of a request as AppSync does (PROTOCOL §2.2) and hands it to that mode's
 * {@link Authenticator}: {@code x-api-key} means API key, an {@code Authorization} starting with
 * {@code AWS4-HMAC-SHA256} means IAM, any other {@code Authorization} a JWT (Cognito, OIDC) or a Lambda token. A
 * JWT whose {@code iss} is the OpenID Connect provider's goes to OIDC. When the API has a Lambda authorizer, any
 * token that is not a JWT of one of the API's issuers goes to it. Any other token goes to the user pool (to OIDC
 * when the API has no user pool, so that its verifier says what is wrong).
 */
public final class RequestAuthenticator implements Authenticator {
    static final String NO_CREDENTIALS = "Valid authorization header not provided.";
    private static final String SIGV4_PREFIX = "AWS4-HMAC-SHA256";

    private final Set<AuthMode> enabledModes;
    private final Map<AuthMode, Authenticator> authenticators;
    private final @Nullable String oidcIssuer;

    public RequestAuthenticator(Set<AuthMode> enabledModes, Map<AuthMode, Authenticator> authenticators) {
        this(enabledModes, authenticators, null);
    }

    /**
     * @param enabledModes the modes the API's schema uses
     * @param authenticators a verifier for each mode this server can check; an enabled mode without one is
     *     answered with a 401 saying that Forte does not support it yet
     * @param oidcIssuer the {@code iss} of the OpenID Connect provider's tokens; null without one
     */
    public RequestAuthenticator(Set<AuthMode> enabledModes, Map<AuthMode, Authenticator> authenticators,
            @Nullable String oidcIssuer) {
        this.enabledModes = Set.copyOf(enabledModes);
        this.authenticators = new EnumMap<>(authenticators);
        this.oidcIssuer = oidcIssuer;
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

    private boolean accepts(AuthMode mode) {
        return authenticators.containsKey(mode) && enabledModes.contains(mode);
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
        return tokenMode(authorization);
    }

    // The token's iss is read once, and only when another mode than the user pool could claim the token.
    private AuthMode tokenMode(String token) {
        boolean lambda = enabledModes.contains(AuthMode.AWS_LAMBDA);
        if (oidcIssuer == null && !lambda) {
            return AuthMode.AMAZON_COGNITO_USER_POOLS;
        }
        Optional<String> issuer = JwtAuthenticator.peekIssuer(token);
        if (oidcIssuer != null && issuer.filter(oidcIssuer::equals).isPresent()) {
            return AuthMode.OPENID_CONNECT;
        }
        if (lambda && issuer.filter(this::isJwtIssuer).isEmpty()) {
            return AuthMode.AWS_LAMBDA;
        }
        return oidcIssuer != null && !accepts(AuthMode.AMAZON_COGNITO_USER_POOLS)
                ? AuthMode.OPENID_CONNECT : AuthMode.AMAZON_COGNITO_USER_POOLS;
    }

    /** With a Lambda authorizer beside them, only tokens the API's JWT issuers issued go to those modes. */
    private boolean isJwtIssuer(String issuer) {
        return authenticators.values().stream().anyMatch(
                authenticator -> authenticator instanceof JwtAuthenticator jwt && jwt.issuer().equals(issuer));
    }

    private String notEnabledMessage(AuthMode mode) {
        return switch (mode) {
            case API_KEY -> "API key authorization is not enabled on this API: its schema has no "
                    + "allow.publicApiKey() rule and its default mode is not apiKey.";
            case AWS_IAM -> "IAM (SigV4) authorization is not enabled on this API: only functions granted "
                    + "access with allow.resource(fn) can sign requests, with the credentials Forte issues them.";
            case OPENID_CONNECT -> "OpenID Connect authorization is not enabled on this API: its schema has no"
                    + " rule with AuthProvider.OIDC, such as allow.owner(AuthProvider.OIDC), and its default mode is"
                    + " not oidc.";
            default -> "User pool authorization (an Authorization header with a token) is not enabled on this "
                    + "API: add user sign-in to the backend, `Backend.of(defineAuth(), data, ...)`, and a rule for "
                    + "signed-in users such as allow.owner().";
        };
    }
}
