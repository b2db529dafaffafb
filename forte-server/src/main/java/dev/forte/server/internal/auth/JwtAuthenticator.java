package dev.forte.server.internal.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import dev.forte.ForteException;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.server.internal.auth.jwt.IssuerKeys;
import dev.forte.server.internal.auth.jwt.RemoteJwks;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a JWT sent raw in {@code Authorization} (PROTOCOL §2.1): {@code iss} equal to the configured issuer
 * (checked first, so a foreign token never makes Forte fetch keys), an RS256 signature by a key of the issuer's
 * JWKS, not expired (one minute of clock skew), then the mode's own claims: {@code token_use} {@code access} or
 * {@code id} for a user pool, {@link OidcClaims} for an OpenID provider. Any failure is AppSync's 401
 * {@code UnauthorizedException}.
 */
public final class JwtAuthenticator implements Authenticator {
    static final String UNPARSEABLE = "Unable to parse JWT token.";
    static final String EXPIRED = "Token has expired.";
    private static final Set<String> TOKEN_USES = Set.of("access", "id");

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String issuer;
    private final AuthMode mode;
    private final ClaimsCheck check;

    /** What a mode requires of verified claims beyond issuer, signature and expiry. */
    interface ClaimsCheck {
        /** @throws AuthenticationException when the claims do not admit the caller */
        void check(JWTClaimsSet claims);
    }

    private JwtAuthenticator(String issuer, JWKSource<SecurityContext> keys, AuthMode mode,
            Set<String> requiredClaims, ClaimsCheck check) {
        this.issuer = issuer;
        this.mode = mode;
        this.check = check;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), requiredClaims));
    }

    /** Returns an authenticator for the tokens of Forte's local user pool. */
    public static JwtAuthenticator local(IssuerKeys keys) {
        return userPool(keys.issuer(), new ImmutableJWKSet<>(new JWKSet(keys.key().toPublicJWK())));
    }

    /**
     * Returns an authenticator for the tokens of an external user pool, e.g. Cognito
     * ({@code https://cognito-idp.<region>.amazonaws.com/<poolId>}), whose keys are fetched (and cached) from
     * {@code <issuer>/.well-known/jwks.json}.
     */
    public static JwtAuthenticator remote(String issuer) {
        String jwksUrl = issuer.replaceAll("/+$", "") + "/.well-known/jwks.json";
        try {
            return userPool(issuer, RemoteJwks.at(URI.create(jwksUrl).toURL()));
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ForteException("The user pool issuer `" + issuer + "` is not a URL, so its keys cannot be"
                    + " fetched from " + jwksUrl + ". Give the issuer as https://cognito-idp.<region>.amazonaws.com"
                    + "/<poolId>.", e);
        }
    }

    /**
     * Returns an authenticator for the tokens of an OpenID Connect provider ({@code OPENID_CONNECT}), whose keys are
     * found through its discovery document.
     */
    public static JwtAuthenticator oidc(OidcAuthorizationMode provider, Clock clock) {
        String issuer = provider.oidcIssuerUrl();
        return new JwtAuthenticator(issuer, RemoteJwks.discovered(issuer), AuthMode.OPENID_CONNECT, Set.of("exp"),
                new OidcClaims(provider, clock));
    }

    private static JwtAuthenticator userPool(String issuer, JWKSource<SecurityContext> keys) {
        return new JwtAuthenticator(issuer, keys, AuthMode.AMAZON_COGNITO_USER_POOLS,
                Set.of("sub", "exp", "token_use"), claims -> {
                    if (!TOKEN_USES.contains(String.valueOf(claims.getClaim("token_use")))) {
                        throw AuthenticationException.unauthorized(ApiKeyAuthenticator.NOT_AUTHORIZED);
                    }
                });
    }

    /** Returns the {@code iss} this authenticator's tokens carry. */
    String issuer() {
        return issuer;
    }

    /** Returns the {@code iss} of {@code token} without verifying anything, to route it to its issuer's mode. */
    static Optional<String> peekIssuer(String token) {
        try {
            return Optional.ofNullable(SignedJWT.parse(token.trim()).getJWTClaimsSet().getIssuer());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public RequestIdentity authenticate(AuthRequest request) {
        String token = request.header("authorization");
        if (token == null || token.isBlank()) {
            throw AuthenticationException.unauthorized(RequestAuthenticator.NO_CREDENTIALS);
        }
        JWTClaimsSet claims = verify(token.trim());
        check.check(claims);
        return new RequestIdentity(mode, claims.toJSONObject());
    }

    private JWTClaimsSet verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!issuer.equals(jwt.getJWTClaimsSet().getIssuer())) {
                throw AuthenticationException.unauthorized(ApiKeyAuthenticator.NOT_AUTHORIZED);
            }
            return processor.process(jwt, null);
        } catch (ParseException e) {
            throw AuthenticationException.unauthorized(UNPARSEABLE);
        } catch (ExpiredJWTException e) {
            throw AuthenticationException.unauthorized(EXPIRED);
        } catch (BadJOSEException | JOSEException e) {
            throw AuthenticationException.unauthorized(ApiKeyAuthenticator.NOT_AUTHORIZED);
        }
    }
}
