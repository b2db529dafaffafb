package dev.forte.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.userpool.Srp;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client of the Cognito user pool API as aws-amplify calls it (AWS JSON 1.1 with {@code X-Amz-Target}), with the
 * client side of Cognito's SRP written from the client's formulas: {@code S = (B - k g^x)^(a + u x) mod N}.
 */
final class CognitoClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final BigInteger N = Srp.N;
    private static final BigInteger G = Srp.G;
    private static final DateTimeFormatter NOW =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US);

    private final URI endpoint;
    private final String poolName;
    private final String clientId;
    private final HttpClient http = HttpClient.newHttpClient();

    CognitoClient(URI endpoint, String userPoolId, String clientId) {
        this.endpoint = endpoint;
        this.poolName = userPoolId.substring(userPoolId.indexOf('_') + 1);
        this.clientId = clientId;
    }

    /** Sends {@code operation} with {@code body} (ClientId added) and returns the response. */
    HttpResponse<String> call(String operation, ObjectNode body) throws Exception {
        if (!body.has("ClientId") && !body.has("AccessToken")) {
            body.put("ClientId", clientId);
        }
        return send("AWSCognitoIdentityProviderService." + operation, JSON.writeValueAsString(body));
    }

    HttpResponse<String> send(String target, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("content-type", "application/x-amz-json-1.1")
                .header("x-amz-target", target)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Returns the body of a 200 response to {@code operation}; fails with the body otherwise. */
    JsonNode ok(String operation, ObjectNode body) throws Exception {
        HttpResponse<String> response = call(operation, body);
        if (response.statusCode() != 200) {
            throw new AssertionError(operation + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Signs in with USER_SRP_AUTH and PASSWORD_VERIFIER; returns RespondToAuthChallenge's response. */
    HttpResponse<String> srpSignIn(String username, String password) throws Exception {
        BigInteger a = new BigInteger(1, random(128));
        BigInteger bigA = G.modPow(a, N);
        ObjectNode initiate = object().put("AuthFlow", "USER_SRP_AUTH");
        initiate.putObject("AuthParameters").put("USERNAME", username).put("SRP_A", bigA.toString(16));
        HttpResponse<String> started = call("InitiateAuth", initiate);
        if (started.statusCode() != 200) {
            return started;
        }
        JsonNode challenge = JSON.readTree(started.body()).get("ChallengeParameters");
        String userId = challenge.get("USER_ID_FOR_SRP").asText();
        BigInteger salt = new BigInteger(challenge.get("SALT").asText(), 16);
        BigInteger bigB = new BigInteger(challenge.get("SRP_B").asText(), 16);
        BigInteger k = hash(N.toByteArray(), G.toByteArray());
        BigInteger u = hash(bigA.toByteArray(), bigB.toByteArray());
        BigInteger x = hash(salt.toByteArray(), sha256((poolName + userId + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
        BigInteger s = bigB.subtract(k.multiply(G.modPow(x, N))).modPow(a.add(u.multiply(x)), N);
        byte[] key = Arrays.copyOf(hmac(hmac(u.toByteArray(), s.toByteArray()),
                "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8)), 16);
        String timestamp = ZonedDateTime.now(ZoneOffset.UTC).format(NOW);
        String secretBlock = challenge.get("SECRET_BLOCK").asText();
        byte[] message = concat(poolName.getBytes(StandardCharsets.UTF_8), userId.getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(secretBlock), timestamp.getBytes(StandardCharsets.UTF_8));
        ObjectNode respond = object().put("ChallengeName", "PASSWORD_VERIFIER");
        respond.putObject("ChallengeResponses").put("USERNAME", userId)
                .put("PASSWORD_CLAIM_SECRET_BLOCK", secretBlock).put("TIMESTAMP", timestamp)
                .put("PASSWORD_CLAIM_SIGNATURE", Base64.getEncoder().encodeToString(hmac(key, message)));
        return call("RespondToAuthChallenge", respond);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static BigInteger hash(byte[] first, byte[] second) throws Exception {
        return new BigInteger(1, sha256(concat(first, second)));
    }

    private static byte[] sha256(byte[] data) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }

    private static byte[] hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
