package dev.forte.server.internal.identitypool;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.forte.server.internal.cognito.CognitoException;
import java.text.ParseException;
import java.util.Date;
import org.jspecify.annotations.Nullable;

/**
 * The issuer and expiry a login token claims, read before it is verified so that a refusal can say which is wrong,
 * as Cognito's messages do.
 *
 * @param providerName the issuer without its scheme, e.g. {@code cognito-idp.us-east-1.amazonaws.com/us-east-1_abc}
 * @param expiresAt {@code exp} in epoch seconds; null when absent
 */
record UnverifiedClaims(@Nullable String providerName, @Nullable Long expiresAt) {

    /** @throws CognitoException when {@code token} is not a JWT */
    static UnverifiedClaims of(String token) {
        try {
            JWTClaimsSet claims = SignedJWT.parse(token.trim()).getJWTClaimsSet();
            String issuer = claims.getIssuer();
            Date expiry = claims.getExpirationTime();
            return new UnverifiedClaims(issuer == null ? null : issuer.replaceFirst("^[a-zA-Z]+://", ""),
                    expiry == null ? null : expiry.toInstant().getEpochSecond());
        } catch (ParseException e) {
            throw CognitoException.notAuthorized(
                    "Invalid login token. Not a valid OpenId Connect identity token.");
        }
    }
}
