package dev.forte.server.internal.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.storage.PoolUser;
import dev.forte.server.internal.storage.SrpChallenge;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * InitiateAuth (USER_SRP_AUTH, USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH / REFRESH_TOKEN), RespondToAuthChallenge
 * (PASSWORD_VERIFIER), GetTokensFromRefreshToken and RevokeToken. An unconfirmed user who proves the password gets
 * UserNotConfirmedException, as from Cognito; a wrong password never tells whether the user is confirmed.
 */
final class SignInOperations {
    /** How long a PASSWORD_VERIFIER challenge may be answered (Cognito's sessions last 3 to 15 minutes). */
    static final Duration CHALLENGE_VALIDITY = Duration.ofMinutes(5);
    /** How far the client's TIMESTAMP may be from the server's clock. */
    static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US).withZone(ZoneOffset.UTC);
    private static final String NOT_FOUND = "User does not exist.";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PoolContext pool;
    private final SignInResults results;
    private final PasswordAttempts attempts;

    SignInOperations(PoolContext pool) {
        this.pool = pool;
        this.results = new SignInResults(pool);
        this.attempts = new PasswordAttempts(pool);
    }

    ObjectNode initiateAuth(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        String clientId = fields.required("ClientId");
        pool.checkClient(clientId);
        String flow = fields.required("AuthFlow");
        Map<String, String> parameters = fields.map("AuthParameters");
        return switch (flow) {
            case "USER_SRP_AUTH" -> startSrp(parameters);
            case "USER_PASSWORD_AUTH" -> passwordSignIn(parameters, clientId);
            case "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN" ->
                    results.refresh(RequestFields.parameter(parameters, "REFRESH_TOKEN"), clientId);
            default -> throw CognitoException.invalidParameter("1 validation error detected: Value '" + flow
                    + "' at 'authFlow' failed to satisfy constraint: Forte's user pool supports USER_SRP_AUTH, "
                    + "USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH and REFRESH_TOKEN");
        };
    }

    ObjectNode respondToAuthChallenge(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        String clientId = fields.required("ClientId");
        pool.checkClient(clientId);
        String challengeName = fields.required("ChallengeName");
        if (!challengeName.equals("PASSWORD_VERIFIER")) {
            throw CognitoException.invalidParameter("Forte's user pool answers only the PASSWORD_VERIFIER challenge, "
                    + "not " + challengeName + ".");
        }
        Map<String, String> responses = fields.map("ChallengeResponses");
        String username = RequestFields.parameter(responses, "USERNAME");
        String secretBlock = RequestFields.parameter(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
        String signature = RequestFields.parameter(responses, "PASSWORD_CLAIM_SIGNATURE");
        String timestamp = RequestFields.parameter(responses, "TIMESTAMP");
        checkTimestamp(timestamp);
        SrpChallenge challenge = pool.store().takeChallenge(secretBlock).orElseThrow(() ->
                CognitoException.notAuthorized("Invalid session for the user, session is expired."));
        PoolUser user = pool.user(username, NOT_FOUND);
        if (!challenge.username().equals(user.username())) {
            throw PasswordAttempts.wrongPassword();
        }
        attempts.checkNotLocked(user);
        byte[] key = Srp.passwordKey(new BigInteger(challenge.clientPublicValue(), 16),
                new BigInteger(user.verifier(), 16), new BigInteger(challenge.privateValue(), 16));
        byte[] expected = Srp.claimSignature(key, pool.poolName(), user.username(), decode(secretBlock),
                timestamp);
        if (!MessageDigest.isEqual(expected, decode(signature))) {
            throw attempts.failed(user);
        }
        return signedIn(user, clientId);
    }

    ObjectNode getTokensFromRefreshToken(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        String clientId = fields.required("ClientId");
        pool.checkClient(clientId);
        ObjectNode response = results.refresh(fields.required("RefreshToken"), clientId);
        response.remove("ChallengeParameters");
        return response;
    }

    ObjectNode revokeToken(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        String clientId = fields.required("ClientId");
        pool.checkClient(clientId);
        results.revoke(fields.required("Token"), clientId);
        return MAPPER.createObjectNode();
    }

    private ObjectNode startSrp(Map<String, String> parameters) {
        String username = RequestFields.parameter(parameters, "USERNAME");
        BigInteger clientPublic = clientPublicValue(RequestFields.parameter(parameters, "SRP_A"));
        PoolUser user = pool.user(username, NOT_FOUND);
        attempts.checkNotLocked(user);
        BigInteger b = Srp.newPrivateValue();
        BigInteger serverPublic = Srp.publicValue(new BigInteger(user.verifier(), 16), b);
        String secretBlock = Base64.getEncoder().encodeToString(Srp.randomBytes(64));
        pool.store().saveChallenge(secretBlock, new SrpChallenge(user.username(), b.toString(16),
                clientPublic.toString(16), pool.clock().instant().plus(CHALLENGE_VALIDITY)));
        ObjectNode response = MAPPER.createObjectNode();
        response.put("ChallengeName", "PASSWORD_VERIFIER");
        ObjectNode challenge = response.putObject("ChallengeParameters");
        challenge.put("SALT", Srp.hex(new BigInteger(user.salt(), 16)));
        challenge.put("SECRET_BLOCK", secretBlock);
        challenge.put("SRP_B", Srp.hex(serverPublic));
        challenge.put("USERNAME", user.username());
        challenge.put("USER_ID_FOR_SRP", user.username());
        return response;
    }

    /** Returns SRP_A, which must be a positive hex number with A mod N not 0 (else the key would be known). */
    private static BigInteger clientPublicValue(String hex) {
        try {
            BigInteger value = new BigInteger(hex, 16);
            if (value.signum() > 0 && value.mod(Srp.N).signum() != 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw CognitoException.invalidParameter("SRP_A is not a valid value: give A = g^a mod N in hex, not 0 mod N.");
    }

    private ObjectNode passwordSignIn(Map<String, String> parameters, String clientId) {
        PoolUser user = pool.user(RequestFields.parameter(parameters, "USERNAME"), NOT_FOUND);
        String password = RequestFields.parameter(parameters, "PASSWORD");
        attempts.checkNotLocked(user);
        BigInteger salt = new BigInteger(user.salt(), 16);
        BigInteger verifier = Srp.verifier(pool.poolName(), user.username(), password, salt);
        if (!MessageDigest.isEqual(verifier.toByteArray(), new BigInteger(user.verifier(), 16).toByteArray())) {
            throw attempts.failed(user);
        }
        return signedIn(user, clientId);
    }

    private ObjectNode signedIn(PoolUser user, String clientId) {
        if (!user.confirmed()) {
            throw new CognitoException("UserNotConfirmedException", "User is not confirmed.");
        }
        attempts.succeeded(user);
        return results.signIn(user, clientId);
    }

    private void checkTimestamp(String timestamp) {
        Instant sent;
        try {
            sent = ZonedDateTime.parse(timestamp, TIMESTAMP).toInstant();
        } catch (DateTimeParseException e) {
            throw CognitoException.invalidParameter("TIMESTAMP format is invalid: " + timestamp
                    + " (expected e.g. Tue Nov 3 09:05:07 UTC 2026).");
        }
        if (Duration.between(sent, pool.clock().instant()).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
            throw CognitoException.notAuthorized("TIMESTAMP " + timestamp + " is more than "
                    + TIMESTAMP_TOLERANCE.toMinutes() + " minutes from the server's time.");
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw PasswordAttempts.wrongPassword();
        }
    }
}
