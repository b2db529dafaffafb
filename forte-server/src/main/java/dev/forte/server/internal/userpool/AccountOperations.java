package dev.forte.server.internal.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.forte.server.internal.auth.jwt.SessionTokens;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.storage.PoolUser;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;

/**
 * The operations a signed-in user calls with its access token: GetUser, ChangePassword and GlobalSignOut (which
 * revokes its refresh tokens and refuses its access tokens issued until then).
 */
final class AccountOperations {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PoolContext pool;

    AccountOperations(PoolContext pool) {
        this.pool = pool;
    }

    ObjectNode getUser(JsonNode request) {
        PoolUser user = signedIn(new RequestFields(request).required("AccessToken"));
        ObjectNode response = MAPPER.createObjectNode();
        response.put("Username", user.username());
        ArrayNode attributes = response.putArray("UserAttributes");
        for (Map.Entry<String, String> attribute : SignInResults.attributes(user).entrySet()) {
            attributes.addObject().put("Name", attribute.getKey()).put("Value", attribute.getValue());
        }
        return response;
    }

    ObjectNode changePassword(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        PoolUser user = signedIn(fields.required("AccessToken"));
        String previous = fields.required("PreviousPassword");
        String proposed = fields.required("ProposedPassword");
        BigInteger salt = new BigInteger(user.salt(), 16);
        PasswordAttempts attempts = new PasswordAttempts(pool);
        attempts.checkNotLocked(user);
        if (!Srp.verifier(pool.poolName(), user.username(), previous, salt).equals(new BigInteger(user.verifier(), 16))) {
            throw attempts.failed(user);
        }
        PasswordPolicy.check(proposed);
        setPassword(pool, user, proposed);
        return MAPPER.createObjectNode();
    }

    ObjectNode globalSignOut(JsonNode request) {
        PoolUser user = signedIn(new RequestFields(request).required("AccessToken"));
        pool.store().signOutEverywhere(user.username());
        return MAPPER.createObjectNode();
    }

    /** Keeps a new salt and verifier for {@code password}; the user's refresh tokens stop working. */
    static void setPassword(PoolContext pool, PoolUser user, String password) {
        BigInteger salt = Srp.newSalt();
        pool.store().changePassword(user.username(), salt.toString(16),
                Srp.verifier(pool.poolName(), user.username(), password, salt).toString(16));
    }

    /** Returns the user of a valid access token; Cognito's NotAuthorizedException otherwise. */
    private PoolUser signedIn(String accessToken) {
        Instant now = pool.clock().instant();
        JWTClaimsSet claims = SessionTokens.verifiedAccessToken(pool.keys(), accessToken, now)
                .orElseThrow(() -> CognitoException.notAuthorized("Invalid Access Token"));
        Object username = claims.getClaim("username");
        PoolUser user = pool.store().find(String.valueOf(username))
                .orElseThrow(() -> new CognitoException("UserNotFoundException", "User does not exist."));
        Object originJti = claims.getClaim("origin_jti");
        if (originJti != null && !pool.store().signInStands(String.valueOf(originJti))) {
            throw CognitoException.notAuthorized("Access Token has been revoked");
        }
        return user;
    }
}
