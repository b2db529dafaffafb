package dev.forte.server.internal.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.forte.ForteException;
import dev.forte.server.TokenRequest;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.UUID;

/** Signs Cognito-style access tokens with the local pool's key (claims as in a Cognito access token). */
public final class TokenMinter {
    /** The client id the local pool puts in {@code client_id}. */
    public static final String CLIENT_ID = "forte-local-client";

    private TokenMinter() {}

    /** Returns the compact serialisation of a signed access token for {@code request}. */
    public static String mint(IssuerKeys keys, TokenRequest request) {
        String sub = request.emailLogin() ? subjectOfEmail(keys, request.username())
                : subjectOf(keys, request.username());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(sub)
                .issuer(keys.issuer())
                .issueTime(Date.from(request.issuedAt()))
                .expirationTime(Date.from(request.issuedAt().plus(request.validity())))
                .jwtID(UUID.randomUUID().toString())
                .claim("token_use", "access")
                .claim("scope", "aws.cognito.signin.user.admin")
                .claim("auth_time", request.issuedAt().getEpochSecond())
                .claim("client_id", CLIENT_ID)
                .claim("username", request.emailLogin() ? sub : request.username());
        if (!request.groups().isEmpty()) {
            claims.claim("cognito:groups", request.groups());
        }
        if (request.email() != null) {
            claims.claim("email", request.email());
        }
        return sign(keys, claims.build());
    }

    /** Returns the compact serialisation of {@code claims} signed (RS256) with the pool's key. */
    static String sign(IssuerKeys keys, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.key().getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.key()));
        } catch (JOSEException e) {
            throw new ForteException("Could not sign a token with the local user pool's key: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** Returns the {@code sub} of {@code username} in the pool: the same for minted and signed-up users. */
    public static String subjectOf(IssuerKeys keys, String username) {
        return UUID.nameUUIDFromBytes((keys.issuer() + "/" + username).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Returns the {@code sub} (and internal username) of the user who signs in with {@code email}: the same for any
     * case of the address, as Amplify's pools compare sign-in names without case.
     */
    public static String subjectOfEmail(IssuerKeys keys, String email) {
        return subjectOf(keys, email.toLowerCase(Locale.ROOT));
    }
}
