package dev.forte.server.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.userpool.CognitoException;
import dev.forte.server.internal.userpool.UserPoolApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the local user pool's Cognito API at {@code POST /cognito-idp/} in AWS JSON 1.1 (the operation in
 * {@code X-Amz-Target}), the URL aws-amplify takes as {@code Auth.Cognito.userPoolEndpoint}; errors are HTTP 400
 * with Cognito's {@code __type} and {@code message}. Other paths pass to the next handler.
 */
public final class UserPoolHandler extends Handler.Abstract {
    /** The path the pool's API is served at. */
    public static final String PATH = "/cognito-idp/";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(UserPoolHandler.class);

    private final UserPoolApi api;
    private final ObjectMapper mapper = new ObjectMapper();

    public UserPoolHandler(UserPoolApi api) {
        this.api = api;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.equals(PATH) && !path.equals(PATH.substring(0, PATH.length() - 1))) {
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
        write(response, callback, answer(request));
        return true;
    }

    private Answer answer(Request request) {
        try {
            if (!HttpMethod.POST.is(request.getMethod())) {
                return Answer.error(HttpStatus.METHOD_NOT_ALLOWED_405, "InvalidParameterException",
                        "Send user pool operations as POST " + PATH + " with X-Amz-Target and a JSON body.");
            }
            String target = request.getHeaders().get("X-Amz-Target");
            return new Answer(HttpStatus.OK_200, api.call(target == null ? "" : target, body(request)));
        } catch (CognitoException e) {
            return Answer.error(HttpStatus.BAD_REQUEST_400, e.type(), e.getMessage());
        } catch (JsonProcessingException e) {
            return Answer.error(HttpStatus.BAD_REQUEST_400, "SerializationException",
                    "The request body is not JSON: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            log.error("POST {} failed", PATH, e);
            return Answer.error(HttpStatus.INTERNAL_SERVER_ERROR_500, "InternalErrorException",
                    "An internal failure occurred; the server log has the details.");
        }
    }

    private JsonNode body(Request request) throws IOException {
        try (InputStream in = Request.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new CognitoException("InvalidParameterException", "The request body is larger than 1 MB.");
            }
            return body.length == 0 ? mapper.createObjectNode() : mapper.readTree(body);
        }
    }

    private void write(Response response, Callback callback, Answer answer) {
        response.setStatus(answer.status());
        try {
            response.write(true, ByteBuffer.wrap(mapper.writeValueAsBytes(answer.body())), callback);
        } catch (JsonProcessingException e) {
            callback.failed(e);
        }
    }

    private record Answer(int status, ObjectNode body) {
        static Answer error(int status, String type, String message) {
            ObjectNode body = new ObjectMapper().createObjectNode();
            body.put("__type", type);
            body.put("message", message);
            return new Answer(status, body);
        }
    }
}
