package dev.forte.server.internal.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The id and access tokens of a sign-in to the local user pool, with the claims Cognito puts in them (and
 * {@code origin_jti}, which tells aws-amplify's {@code signOut} that the refresh token can be revoked).
 */
public final class SessionTokens {
    private SessionTokens() {}

    /**
     * A sign-in: who, through which client, since when ({@code authTime}, kept across refreshes), and the tokens'
     * issue and expiry times.
     *
     * @param attributes the user's attributes for the id token ({@code email}, ...), never {@code sub}
     */
    public record Session(String username, String sub, List<String> groups, Map<String, String> attributes,
            String clientId, String originJti, Instant authTime, Instant issuedAt, Instant expiresAt) {}

    /** Returns the signed access token of {@code session}. */
    public static String accessToken(IssuerKeys keys, Session session) {
        JWTClaimsSet.Builder claims = common(keys, session)
                .claim("token_use", "access")
                .claim("scope", "aws.cognito.signin.user.admin")
                .claim("client_id", session.clientId())
                .claim("username", session.username());
        return TokenMinter.sign(keys, claims.build());
    }

    /** Returns the signed id token of {@code session}. */
    public static String idToken(IssuerKeys keys, Session session) {
        JWTClaimsSet.Builder claims = common(keys, session)
                .audience(session.clientId())
                .claim("token_use", "id")
                .claim("cognito:username", session.username());
        session.attributes().forEach((name, value) -> {
            if (!name.equals("sub")) {
                claims.claim(name, name.endsWith("_verified") ? Boolean.valueOf(value) : value);
            }
        });
        return TokenMinter.sign(keys, claims.build());
    }

    /**
     * Returns the claims of {@code token} when it is an unexpired access token the pool signed, else empty.
     */
    public static Optional<JWTClaimsSet> verifiedAccessToken(IssuerKeys keys, String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new RSASSAVerifier(keys.key().toRSAPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            boolean valid = keys.issuer().equals(claims.getIssuer()) && "access".equals(claims.getClaim("token_use"))
                    && claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now);
            return valid ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static JWTClaimsSet.Builder common(IssuerKeys keys, Session session) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(session.sub())
                .issuer(keys.issuer())
                .issueTime(Date.from(session.issuedAt()))
                .expirationTime(Date.from(session.expiresAt()))
                .jwtID(UUID.randomUUID().toString())
                .claim("origin_jti", session.originJti())
                .claim("event_id", UUID.randomUUID().toString())
                .claim("auth_time", session.authTime().getEpochSecond());
        if (!session.groups().isEmpty()) {
            claims.claim("cognito:groups", session.groups());
        }
        return claims;
    }
}
