package dev.forte.server.internal.http;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Passes TLS requests, and plain-HTTP requests from this machine (the server's own functions, a proxy beside it:
 * loopback, or the address the connection came in on),
 * to the next handler; answers other plain-HTTP requests with 403 and AppSync's error shape saying to use
 * {@code https://}. A server with its own certificate is meant to be reached over TLS, and a client that dials
 * {@code http://} by mistake should hear so at once rather than keep sending its credentials in clear.
 */
public final class LoopbackOnlyPlainHttp extends Handler.Wrapper {
    private static final byte[] USE_TLS = ("{\"errors\":[{\"errorType\":\"UnauthorizedException\",\"message\":"
            + "\"This API is served over TLS only: use https:// (and wss:// for real-time).\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    public LoopbackOnlyPlainHttp(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.isSecure() || fromThisMachine(request.getConnectionMetaData().getRemoteSocketAddress(),
                request.getConnectionMetaData().getLocalSocketAddress())) {
            return super.handle(request, response, callback);
        }
        response.setStatus(HttpStatus.FORBIDDEN_403);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(AppSyncHeaders.ERROR_TYPE, "UnauthorizedException");
        response.write(true, ByteBuffer.wrap(USE_TLS), callback);
        return true;
    }

    /** Loopback, or the address the server listens on (a server bound to one address calls itself there). */
    static boolean fromThisMachine(SocketAddress remote, SocketAddress local) {
        if (!(remote instanceof InetSocketAddress client) || client.getAddress() == null) {
            return false;
        }
        return client.getAddress().isLoopbackAddress()
                || local instanceof InetSocketAddress server && client.getAddress().equals(server.getAddress());
    }
}
