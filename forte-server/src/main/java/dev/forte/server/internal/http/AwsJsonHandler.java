package dev.forte.server.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.cognito.CognitoService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.TreeSet;
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
 * Serves a Cognito service at its path in AWS JSON 1.1 as Cognito does: {@code POST} with the operation in
 * {@code X-Amz-Target} and a JSON object body; answers are JSON, every refusal is HTTP 400 with
 * {@code x-amzn-ErrorType} and {@code {"__type", "message"}}, an unexpected failure is logged and answered as a
 * 500 {@code InternalErrorException} without details. Other paths pass to the next handler.
 */
public final class AwsJsonHandler extends Handler.Abstract {
    /** Where the user pool is served: aws-amplify's {@code Auth.Cognito.userPoolEndpoint} is this URL. */
    public static final String USER_POOL_PATH = "/cognito-idp/";
    /** Where the identity pool is served: aws-amplify's {@code Auth.Cognito.identityPoolEndpoint} is this URL. */
    public static final String IDENTITY_POOL_PATH = "/cognito-identity/";
    /** The largest request body read; Cognito's requests are a few kilobytes. */
    static final int MAX_BODY_BYTES = 256 * 1024;
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final Logger log = LoggerFactory.getLogger(AwsJsonHandler.class);

    private final String path;
    private final CognitoService service;
    private final ObjectMapper mapper;

    /** Serves {@code service} at {@code path} (ending with {@code /}; the path without it is served too). */
    public AwsJsonHandler(String path, CognitoService service, ObjectMapper mapper) {
        this.path = path;
        this.service = service;
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String requested = Request.getPathInContext(request);
        if (!path.equals(requested) && !path.equals(requested + "/")) {
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
        } catch (CognitoException e) {
            writeError(response, callback, HttpStatus.BAD_REQUEST_400, e.type(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("{} {} failed", request.getMethod(), path, e);
            writeError(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, "InternalErrorException",
                    "An internal failure occurred; the server log has the details.");
        }
        return true;
    }

    private ObjectNode answer(Request request) {
        String target = request.getHeaders().get("X-Amz-Target");
        if (!HttpMethod.POST.is(request.getMethod()) || target == null) {
            throw new CognitoException("UnknownOperationException", "Send " + service.name() + " operations as POST "
                    + path + " with X-Amz-Target: " + service.targetPrefix() + "<Operation> and a JSON body.");
        }
        String operation = target.startsWith(service.targetPrefix())
                ? target.substring(service.targetPrefix().length()) : "";
        if (!service.operations().contains(operation)) {
            throw new CognitoException("UnknownOperationException", "Forte's " + service.name()
                    + " does not support the operation " + target + "; it supports "
                    + String.join(", ", new TreeSet<>(service.operations())) + ".");
        }
        return service.call(operation, body(request));
    }

    private ObjectNode body(Request request) {
        byte[] bytes;
        try (InputStream in = Request.asInputStream(request)) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new CognitoException("SerializationException", "The request body could not be read: "
                    + e.getMessage());
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw CognitoException.invalidParameter("The request body is larger than " + MAX_BODY_BYTES / 1024
                    + " KB; Cognito requests are a few kilobytes.");
        }
        if (bytes.length == 0) {
            return mapper.createObjectNode();
        }
        try {
            JsonNode input = mapper.readTree(bytes);
            if (input instanceof ObjectNode object) {
                return object;
            }
            throw new CognitoException("SerializationException", "The request body must be a JSON object.");
        } catch (JsonProcessingException e) {
            throw new CognitoException("SerializationException", "The request body is not JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CognitoException("SerializationException", "The request body is not JSON.");
        }
    }

    private void writeError(Response response, Callback callback, int status, String type, String message) {
        response.getHeaders().put(AppSyncHeaders.ERROR_TYPE, type);
        write(response, callback, status, mapper.createObjectNode().put("__type", type).put("message", message));
    }

    private void write(Response response, Callback callback, int status, ObjectNode body) {
        response.setStatus(status);
        try {
            response.write(true, ByteBuffer.wrap(mapper.writeValueAsBytes(body)), callback);
        } catch (JsonProcessingException e) {
            callback.failed(e);
        }
    }
}
