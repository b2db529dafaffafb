package dev.forte.server.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the local user pool's public keys at {@code GET /.well-known/jwks.json}, where Cognito serves a pool's
 * keys relative to its issuer; other requests pass to the next handler.
 */
public final class JwksHandler extends Handler.Abstract {
    /** The path of the key set. */
    public static final String PATH = "/.well-known/jwks.json";

    private final byte[] jwks;

    public JwksHandler(String jwks) {
        this.jwks = jwks.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request)) || !HttpMethod.GET.is(request.getMethod())) {
            return false;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(jwks), callback);
        return true;
    }
}
