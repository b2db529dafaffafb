package dev.forte.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Calls a server's identity pool as aws-amplify does: AWS JSON 1.1 with {@code X-Amz-Target}. */
final class IdentityPoolClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ForteServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    IdentityPoolClient(ForteServer server) {
        this.server = server;
    }

    String poolId() {
        return Objects.requireNonNull(server.identityPool()).identityPoolId();
    }

    /** Returns the response of {@code operation} with {@code input}; status and body. */
    HttpResponse<String> call(String operation, Map<String, Object> input) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(Objects.requireNonNull(server.identityPool()).endpoint())
                .header("content-type", "application/x-amz-json-1.1")
                .header("x-amz-target", "AWSCognitoIdentityService." + operation)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(input)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Returns a new identity: a guest's without {@code logins}, else the user's. */
    String getId(Map<String, String> logins) throws Exception {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("IdentityPoolId", poolId()));
        if (!logins.isEmpty()) {
            input.put("Logins", logins);
        }
        return ok(call("GetId", input)).path("IdentityId").asText();
    }

    /** Returns credentials of {@code identityId}, in the carrier the SigV4 helpers take. */
    FunctionCredentials credentials(String identityId, Map<String, String> logins) throws Exception {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("IdentityId", identityId));
        if (!logins.isEmpty()) {
            input.put("Logins", logins);
        }
        JsonNode credentials = ok(call("GetCredentialsForIdentity", input)).path("Credentials");
        return new FunctionCredentials(credentials.path("AccessKeyId").asText(), credentials.path("SecretKey").asText(),
                credentials.path("SessionToken").asText(),
                Instant.ofEpochSecond(credentials.path("Expiration").asLong()));
    }

    FunctionCredentials guest() throws Exception {
        return credentials(getId(Map.of()), Map.of());
    }

    FunctionCredentials user(String token) throws Exception {
        Map<String, String> logins = Map.of(provider(token), token);
        return credentials(getId(logins), logins);
    }

    static String provider(String token) throws Exception {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("iss").asText().replaceFirst("^https://", "");
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        if (response.statusCode() != 200) {
            throw new AssertionError("The identity pool answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
