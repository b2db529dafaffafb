package dev.forte.server.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.internal.auth.AuthRequest;
import dev.forte.server.internal.auth.AuthenticationException;
import dev.forte.server.internal.auth.Authenticator;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.execution.CallerRequest;
import dev.forte.server.internal.execution.GraphqlEngine;
import dev.forte.server.internal.execution.GraphqlRequest;
import dev.forte.server.internal.execution.GraphqlResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code POST /graphql} on the calling Jetty thread (resolvers block on JDBC, and the pool is sized for
 * it): read the body within {@link #MAX_BODY_BYTES}, authenticate, parse, execute, and answer with AppSync's
 * status codes and headers.
 */
public final class GraphqlHandler extends Handler.Abstract {
    /**
     * The largest request body accepted. AppSync documents no request limit that could be checked; its documented
     * limit on a response is 5 MB, so a request of that size is already far beyond what a client sends.
     */
    public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(GraphqlHandler.class);

    private final String path;
    private final Authenticator authenticator;
    private final GraphqlEngine engine;
    private final ObjectMapper mapper;
    private final GraphqlBodyParser parser;

    public GraphqlHandler(String path, Authenticator authenticator, GraphqlEngine engine, ObjectMapper mapper) {
        this.path = path;
        this.authenticator = authenticator;
        this.engine = engine;
        this.mapper = mapper;
        this.parser = new GraphqlBodyParser(mapper);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String requestId = newRequestId();
        AppSyncHeaders.addStandard(request.getHeaders(), response.getHeaders(), requestId);
        if (!path.equals(Request.getPathInContext(request))) {
            write(response, callback, Reply.error(HttpStatus.NOT_FOUND_404, "NotFoundException",
                    "No API at " + Request.getPathInContext(request) + "; GraphQL is served at " + path + "."));
            return true;
        }
        if (HttpMethod.OPTIONS.is(request.getMethod())) {
            AppSyncHeaders.addPreflight(request.getHeaders(), response.getHeaders());
            response.setStatus(HttpStatus.OK_200);
            callback.succeeded();
            return true;
        }
        Reply reply = reply(request);
        write(response, callback, reply);
        return true;
    }

    /**
     * Returns a random version-4 UUID, as AppSync's {@code x-amzn-RequestId}, from a thread-local generator: it
     * identifies a request in logs and needs no secrecy, and {@code UUID.randomUUID()} (SecureRandom) cost about
     * 1 % of a warm getTodo.
     */
    private static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long version4 = (random.nextLong() & ~0xF000L) | 0x4000L;
        long ietfVariant = (random.nextLong() & ~0xC000_0000_0000_0000L) | 0x8000_0000_0000_0000L;
        return new UUID(version4, ietfVariant).toString();
    }

    private Reply reply(Request request) {
        try {
            if (!HttpMethod.POST.is(request.getMethod())) {
                return Reply.error(HttpStatus.METHOD_NOT_ALLOWED_405, MalformedRequestException.ERROR_TYPE,
                        "Send GraphQL requests as POST " + path + " with a JSON body; " + request.getMethod()
                                + " is not supported.");
            }
            byte[] body = readBody(request);
            RequestIdentity identity = authenticator.authenticate(authRequest(request, body));
            GraphqlRequest graphqlRequest = parser.parse(body);
            return Reply.of(engine.execute(graphqlRequest, identity, () -> caller(request)));
        } catch (BodyTooLargeException e) {
            return Reply.error(HttpStatus.PAYLOAD_TOO_LARGE_413, "PayloadTooLargeException", e.getMessage());
        } catch (AuthenticationException e) {
            return Reply.error(e.status(), e.errorType(), e.getMessage());
        } catch (MalformedRequestException e) {
            return Reply.error(HttpStatus.BAD_REQUEST_400, MalformedRequestException.ERROR_TYPE, e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error("POST {} failed", path, e);
            return Reply.error(HttpStatus.INTERNAL_SERVER_ERROR_500, "InternalFailure",
                    "An internal failure occurred; the server log has the details.");
        }
    }

    private static AuthRequest authRequest(Request request, byte[] body) {
        String rawQuery = request.getHttpURI().getQuery();
        return new AuthRequest(request.getMethod(), Request.getPathInContext(request), request.getHttpURI().getPath(),
                rawQuery == null ? "" : rawQuery, name -> request.getHeaders().getValuesList(name),
                () -> headers(request), body);
    }

    /** Returns the headers and the client's address. */
    private static CallerRequest caller(Request request) {
        return new CallerRequest(headers(request), Request.getRemoteAddr(request));
    }

    /** Returns the headers with lower-case names, repeated ones joined with {@code ,}. */
    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getLowerCaseName(), field.getValue(), (first, next) -> first + "," + next);
        }
        return headers;
    }

    private static byte[] readBody(Request request) throws IOException {
        long declared = request.getLength();
        if (declared > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        try (InputStream in = Request.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new BodyTooLargeException();
            }
            return body;
        }
    }

    private void write(Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        if (reply.errorType() != null) {
            response.getHeaders().put(AppSyncHeaders.ERROR_TYPE, reply.errorType());
        }
        try {
            response.write(true, ByteBuffer.wrap(mapper.writeValueAsBytes(reply.body())), callback);
        } catch (JsonProcessingException e) {
            callback.failed(e);
        }
    }

    private record Reply(int status, @Nullable String errorType, Map<String, @Nullable Object> body) {

        static Reply of(GraphqlResponse response) {
            return response.isRejected()
                    ? new Reply(HttpStatus.BAD_REQUEST_400, response.rejectedAs(), response.body())
                    : new Reply(HttpStatus.OK_200, null, response.body());
        }

        /** Returns {@code {"errors":[{"errorType", "message"}]}}; AppSync puts the message first on a 400. */
        static Reply error(int status, String errorType, String message) {
            Map<String, @Nullable Object> error = new LinkedHashMap<>();
            if (status == HttpStatus.BAD_REQUEST_400) {
                error.put("message", message);
                error.put("errorType", errorType);
            } else {
                error.put("errorType", errorType);
                error.put("message", message);
            }
            return new Reply(status, errorType, Map.of("errors", List.of(error)));
        }
    }

    private static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("The request body is larger than " + MAX_BODY_BYTES + " bytes (5 MB), the most this server "
                    + "accepts: send less data per request.");
        }
    }
}
