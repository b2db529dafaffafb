package dev.forte.bench;

import dev.forte.server.internal.http.HttpServer;
import dev.forte.server.internal.tls.LocalCertificateAuthority;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.jspecify.annotations.Nullable;

/**
 * The floor B4: a raw WebSocket broadcast on Forte's own stack ({@link HttpServer}, Jetty 12 core WebSocket, TLS
 * from a {@link LocalCertificateAuthority} as Forte's realtime endpoint has), without GraphQL, subscriptions or a
 * database. Clients upgrade {@code /graphql/realtime} with subprotocol {@code graphql-ws}; a POST to {@code
 * /publish} sends its body as one text message to every connection, then answers.
 *
 * <p>Usage: {@code BroadcastServer DATA_DIRECTORY}; prints {@code GraphQL endpoint: http://127.0.0.1:PORT/publish},
 * {@code Realtime endpoint: wss://…} and {@code CA certificate: PATH} when serving.
 */
public final class BroadcastServer extends Handler.Abstract {
    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    public static void main(String[] args) throws InterruptedException {
        LocalCertificateAuthority authority = LocalCertificateAuthority.in(Path.of(args[0]), Clock.systemUTC());
        BroadcastServer broadcaster = new BroadcastServer();
        int threads = Integer.getInteger("forte.http.threads", HttpServer.DEFAULT_THREADS);
        HttpServer http = HttpServer.start("127.0.0.1", 0, threads,
                authority.serverKeyStore(List.of("localhost", "127.0.0.1")), broadcaster::handler);
        System.out.println("Realtime endpoint: wss://127.0.0.1:" + http.port() + "/graphql/realtime");
        System.out.println("CA certificate: " + authority.caCertificateFile());
        System.out.println("GraphQL endpoint: http://127.0.0.1:" + http.port() + "/publish");
        System.out.println("API key: none");
        new CountDownLatch(1).await();
    }

    private Handler handler(org.eclipse.jetty.server.Server server) {
        WebSocketUpgradeHandler upgrades = WebSocketUpgradeHandler.from(server, container -> {
            // Forte's realtime idle timeout (AppSync's 5-minute connection timeout plus two keep-alive intervals):
            // Jetty's default 30 s would close connections that wait while the other 999 are opened.
            container.setIdleTimeout(Duration.ofMinutes(7));
            container.addMapping("/graphql/realtime", (request, response, callback) -> {
                response.setAcceptedSubProtocol("graphql-ws");
                return new Listener(sessions);
            });
        });
        upgrades.setHandler(this);
        return upgrades;
    }

    /** Answers POST /publish after handing its body to every connection's outgoing queue. */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String message;
        try (InputStream in = Request.asInputStream(request)) {
            message = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Session session : sessions) {
            session.sendText(message, org.eclipse.jetty.websocket.api.Callback.NOOP);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap("{\"sent\":true}".getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /**
     * A connection: joins the broadcast when open, leaves when closed; what it receives is ignored. Public, as
     * Jetty's listener methods are invoked through method handles.
     */
    public static final class Listener implements Session.Listener.AutoDemanding {
        private final Set<Session> sessions;
        private @Nullable Session session;

        Listener(Set<Session> sessions) {
            this.sessions = sessions;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
            sessions.add(opened);
        }

        @Override
        public void onWebSocketClose(int statusCode, @Nullable String reason) {
            if (session != null) {
                sessions.remove(session);
            }
        }
    }
}
