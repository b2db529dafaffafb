package dev.forte.server.internal.userpool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.auth.jwt.SessionTokens;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.storage.PoolUser;
import dev.forte.server.internal.storage.RefreshGrant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the {@code AuthenticationResult} of a sign-in or refresh: id and access tokens valid for an hour, and on
 * sign-in an opaque refresh token valid 30 days (Cognito's defaults), kept only as its SHA-256.
 */
final class SignInResults {
    static final Duration TOKEN_VALIDITY = Duration.ofHours(1);
    static final Duration REFRESH_VALIDITY = Duration.ofDays(30);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PoolContext pool;

    SignInResults(PoolContext pool) {
        this.pool = pool;
    }

    /** Returns the result of a new sign-in of {@code user}: tokens and a new refresh token. */
    ObjectNode signIn(PoolUser user, String clientId) {
        Instant now = pool.clock().instant();
        String originJti = UUID.randomUUID().toString();
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(Srp.randomBytes(48));
        pool.store().saveRefreshToken(hash(refreshToken),
                new RefreshGrant(user.username(), clientId, originJti, now, now.plus(REFRESH_VALIDITY)));
        ObjectNode result = tokens(user, clientId, originJti, now);
        result.put("RefreshToken", refreshToken);
        return wrap(result);
    }

    /** Returns fresh id and access tokens for the refresh token's sign-in (no new refresh token). */
    ObjectNode refresh(String refreshToken, String clientId) {
        RefreshGrant grant = pool.store().refreshGrant(hash(refreshToken))
                .orElseThrow(() -> CognitoException.notAuthorized("Invalid Refresh Token"));
        if (!grant.clientId().equals(clientId)) {
            throw CognitoException.notAuthorized("Invalid Refresh Token");
        }
        PoolUser user = pool.store().find(grant.username())
                .orElseThrow(() -> CognitoException.notAuthorized("Invalid Refresh Token"));
        return wrap(tokens(user, clientId, grant.originJti(), grant.authTime()));
    }

    /** Revokes the refresh token (unknown ones too: revoking is idempotent, as in Cognito). */
    void revoke(String refreshToken, String clientId) {
        pool.store().refreshGrant(hash(refreshToken)).ifPresent(grant -> {
            if (!grant.clientId().equals(clientId)) {
                throw new CognitoException("UnauthorizedException", "Token was not issued to this client");
            }
            pool.store().revokeRefreshToken(hash(refreshToken));
        });
    }

    private ObjectNode tokens(PoolUser user, String clientId, String originJti, Instant authTime) {
        Instant now = pool.clock().instant();
        SessionTokens.Session session = new SessionTokens.Session(user.username(), user.sub(), user.groups(),
                attributes(user), clientId, originJti, authTime, now, now.plus(TOKEN_VALIDITY));
        ObjectNode result = MAPPER.createObjectNode();
        result.put("AccessToken", SessionTokens.accessToken(pool.keys(), session));
        result.put("ExpiresIn", TOKEN_VALIDITY.toSeconds());
        result.put("TokenType", "Bearer");
        result.put("IdToken", SessionTokens.idToken(pool.keys(), session));
        return result;
    }

    private static ObjectNode wrap(ObjectNode result) {
        ObjectNode response = MAPPER.createObjectNode();
        response.set("AuthenticationResult", result);
        response.set("ChallengeParameters", MAPPER.createObjectNode());
        return response;
    }

    /** Returns the user's attributes, {@code sub} first, as GetUser lists them. */
    static Map<String, String> attributes(PoolUser user) {
        try {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("sub", user.sub());
            attributes.putAll(MAPPER.readValue(user.attributes(), new TypeReference<Map<String, String>>() {}));
            return attributes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("User " + user.username() + " has unreadable attributes", e);
        }
    }

    static String attributesJson(Map<String, String> attributes) {
        try {
            return MAPPER.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }
}
