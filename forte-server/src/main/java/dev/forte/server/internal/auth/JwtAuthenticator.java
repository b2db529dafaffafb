package dev.forte.server.internal.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import dev.forte.ForteException;
import dev.forte.server.internal.auth.jwt.IssuerKeys;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Set;

/**
 * Verifies a user-pool token sent raw in {@code Authorization} (PROTOCOL §2.1): an RS256 signature by a key of
 * the issuer's JWKS, {@code iss} equal to the configured issuer, not expired (one minute of clock skew), and
 * {@code token_use} {@code access} or {@code id}. Any failure is AppSync's 401 {@code UnauthorizedException}.
 */
public final class JwtAuthenticator implements Authenticator {
    static final String UNPARSEABLE = "Unable to parse JWT token.";
    static final String EXPIRED = "Token has expired.";
    private static final Set<String> TOKEN_USES = Set.of("access", "id");

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String issuer;

    private JwtAuthenticator(String issuer, JWKSource<SecurityContext> keys) {
        this.issuer = issuer;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "token_use")));
    }

    /** Returns an authenticator for the tokens of Forte's local user pool. */
    public static JwtAuthenticator local(IssuerKeys keys) {
        return new JwtAuthenticator(keys.issuer(), new ImmutableJWKSet<>(new JWKSet(keys.key().toPublicJWK())));
    }

    /**
     * Returns an authenticator for the tokens of an external issuer, e.g. a Cognito user pool
     * ({@code https://cognito-idp.<region>.amazonaws.com/<poolId>}), whose keys are fetched (and cached) from
     * {@code <issuer>/.well-known/jwks.json}.
     */
    public static JwtAuthenticator remote(String issuer) {
        String jwksUrl = issuer.replaceAll("/+$", "") + "/.well-known/jwks.json";
        try {
            return new JwtAuthenticator(issuer, JWKSourceBuilder.create(URI.create(jwksUrl).toURL()).build());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new ForteException("The user pool issuer `" + issuer + "` is not a URL, so its keys cannot be"
                    + " fetched from " + jwksUrl + ". Give the issuer as https://cognito-idp.<region>.amazonaws.com"
                    + "/<poolId>.", e);
        }
    }

    /** Returns whether {@code token} is a JWT whose {@code iss} is this issuer; its signature is not checked here. */
    public boolean issued(String token) {
        try {
            return issuer.equals(JWTParser.parse(token.trim()).getJWTClaimsSet().getIssuer());
        } catch (ParseException e) {
            return false;
        }
    }

    @Override
    public RequestIdentity authenticate(AuthRequest request) {
        String token = request.header("authorization");
        if (token == null || token.isBlank()) {
            throw AuthenticationException.unauthorized(RequestAuthenticator.NO_CREDENTIALS);
        }
        JWTClaimsSet claims = verify(token.trim());
        if (!TOKEN_USES.contains(String.valueOf(claims.getClaim("token_use")))) {
            throw AuthenticationException.unauthorized(ApiKeyAuthenticator.NOT_AUTHORIZED);
        }
        return new RequestIdentity(AuthMode.AMAZON_COGNITO_USER_POOLS, claims.toJSONObject());
    }

    private JWTClaimsSet verify(String token) {
        try {
            return processor.process(token, null);
        } catch (ParseException e) {
            throw AuthenticationException.unauthorized(UNPARSEABLE);
        } catch (ExpiredJWTException e) {
            throw AuthenticationException.unauthorized(EXPIRED);
        } catch (BadJOSEException | JOSEException e) {
            throw AuthenticationException.unauthorized(ApiKeyAuthenticator.NOT_AUTHORIZED);
        }
    }
}
