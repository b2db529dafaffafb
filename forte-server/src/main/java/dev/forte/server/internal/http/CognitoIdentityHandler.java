package dev.forte.server.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.credentials.SessionCredentials;
import dev.forte.server.internal.identitypool.IdentityPool;
import dev.forte.server.internal.identitypool.IdentityPool.IssuedCredentials;
import dev.forte.server.internal.identitypool.IdentityPoolException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Serves the identity pool at {@link #PATH} in Cognito's protocol, AWS JSON 1.1: {@code POST} with
 * {@code X-Amz-Target: AWSCognitoIdentityService.GetId} or {@code .GetCredentialsForIdentity}, answered with JSON
 * or with HTTP 400, {@code x-amzn-ErrorType} and {@code {"__type", "message"}}. Other paths pass to the next handler.
 */
public final class CognitoIdentityHandler extends Handler.Abstract {
    /** Where the pool is served: aws-amplify's {@code Auth.Cognito.identityPoolEndpoint} is this URL. */
    public static final String PATH = "/cognito-identity/";
    private static final String TARGET_PREFIX = "AWSCognitoIdentityService.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final IdentityPool pool;
    private final ObjectMapper mapper;

    public CognitoIdentityHandler(IdentityPool pool, ObjectMapper mapper) {
        this.pool = pool;
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!PATH.equals(path) && !PATH.equals(path + "/")) {
            return false;
        }
        AppSyncHeaders.addStandard(request.getHeaders(), response.getHeaders(), UUID.randomUUID().toString());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        if (HttpMethod.OPTIONS.is(request.getMethod())) {
            AppSyncHeaders.addPreflight(request.getHeaders(), response.getHeaders());
            response.setStatus(HttpStatus.OK_200);
            callback.succeeded();
            return true;
        }
        try {
            write(response, callback, HttpStatus.OK_200, answer(request));
        } catch (IdentityPoolException e) {
            response.getHeaders().put(AppSyncHeaders.ERROR_TYPE, e.type());
            write(response, callback, HttpStatus.BAD_REQUEST_400, error(e.type(), e.getMessage()));
        }
        return true;
    }

    private JsonNode answer(Request request) {
        if (!HttpMethod.POST.is(request.getMethod())) {
            throw new IdentityPoolException("UnknownOperationException", "The identity pool answers POST requests"
                    + " with X-Amz-Target: AWSCognitoIdentityService.<operation>.");
        }
        String target = String.valueOf(request.getHeaders().get("x-amz-target"));
        JsonNode input = body(request);
        return switch (target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : target) {
            case "GetId" -> mapper.createObjectNode().put("IdentityId",
                    pool.getId(text(input, "IdentityPoolId"), logins(input)));
            case "GetCredentialsForIdentity" -> credentials(
                    pool.getCredentialsForIdentity(text(input, "IdentityId"), logins(input)));
            default -> throw new IdentityPoolException("UnknownOperationException", "Forte's identity pool"
                    + " supports GetId and GetCredentialsForIdentity, not `" + target + "`.");
        };
    }

    private JsonNode credentials(IssuedCredentials issued) {
        SessionCredentials credentials = issued.credentials();
        ObjectNode answer = mapper.createObjectNode().put("IdentityId", issued.identityId());
        answer.putObject("Credentials")
                .put("AccessKeyId", credentials.accessKeyId())
                .put("Expiration", credentials.expiration().getEpochSecond())
                .put("SecretKey", credentials.secretKey())
                .put("SessionToken", credentials.sessionToken());
        return answer;
    }

    private JsonNode body(Request request) {
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IdentityPoolException("SerializationException", "The request body is larger than "
                        + MAX_BODY_BYTES + " bytes.");
            }
            JsonNode input = mapper.readTree(bytes);
            if (input == null || !input.isObject()) {
                throw new IOException("not a JSON object");
            }
            return input;
        } catch (IOException e) {
            throw new IdentityPoolException("SerializationException", "The request body must be a JSON object.");
        }
    }

    private static @Nullable String text(JsonNode input, String member) {
        JsonNode value = input.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, String> logins(JsonNode input) {
        Map<String, String> logins = new LinkedHashMap<>();
        JsonNode value = input.get("Logins");
        if (value != null && value.isObject()) {
            value.fields().forEachRemaining(entry -> logins.put(entry.getKey(), entry.getValue().asText()));
        }
        return logins;
    }

    private JsonNode error(String type, String message) {
        return mapper.createObjectNode().put("__type", type).put("message", message);
    }

    private void write(Response response, Callback callback, int status, JsonNode body) {
        response.setStatus(status);
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            bytes = "{}".getBytes(StandardCharsets.UTF_8);
        }
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
