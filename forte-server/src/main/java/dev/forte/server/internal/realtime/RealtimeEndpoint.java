package dev.forte.server.internal.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.internal.auth.AuthenticationException;
import dev.forte.server.internal.auth.Authenticator;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.execution.RealtimeExecution;
import dev.forte.server.internal.http.GraphqlBodyParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.jspecify.annotations.Nullable;

/**
 * The realtime endpoint: WebSocket upgrades of {@code <graphql path>/realtime} (and of the GraphQL path itself,
 * PROTOCOL §4.1) with subprotocol {@code graphql-ws}, on the same port as the HTTP API. The handshake's header
 * object is authenticated at upgrade; a refused one still upgrades and is answered with {@code connection_error}
 * at the first message, as AppSync does.
 *
 * <pre>{@code
 * RealtimeEndpoint realtime = RealtimeEndpoint.open(path, settings, authenticator, engine.realtime(), feed, mapper);
 * HttpServer.start(host, port, threads, keyStore, server -> realtime.handler(server, graphqlHandler));
 * }</pre>
 */
public final class RealtimeEndpoint implements AutoCloseable {
    private final String graphqlPath;
    private final RealtimeContext context;
    private final HandshakeHeaders handshake;

    private RealtimeEndpoint(String graphqlPath, RealtimeContext context, HandshakeHeaders handshake) {
        this.graphqlPath = graphqlPath;
        this.context = context;
        this.handshake = handshake;
    }

    /** Starts delivering the changes of {@code feed} to the subscriptions this endpoint will accept. */
    public static RealtimeEndpoint open(String graphqlPath, RealtimeSettings settings, Authenticator authenticator,
            RealtimeExecution execution, ChangeFeed feed, ObjectMapper mapper) {
        RealtimeMessages messages = new RealtimeMessages(mapper);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread timer = new Thread(runnable, "forte-realtime-timer");
            timer.setDaemon(true);
            return timer;
        });
        RealtimeContext context = new RealtimeContext(settings, messages,
                new RealtimeAuthenticator(graphqlPath, authenticator), execution,
                new SubscriptionFanout(feed, execution, messages), scheduler, new GraphqlBodyParser(mapper), mapper);
        return new RealtimeEndpoint(graphqlPath, context, new HandshakeHeaders(mapper));
    }

    /** Returns a handler that upgrades realtime requests and hands every other request to {@code next}. */
    public Handler handler(Server server, Handler next) {
        WebSocketUpgradeHandler upgrades = WebSocketUpgradeHandler.from(server, container -> {
            // Larger than the protocol's 240 KB, so that an oversized message gets its error, not a dropped socket.
            container.setMaxTextMessageSize(4L * RealtimeSettings.MAX_PAYLOAD_BYTES);
            Duration settingsIdle = context.settings().connectionTimeout().plus(context.settings().keepAliveInterval());
            container.setIdleTimeout(settingsIdle.plus(context.settings().keepAliveInterval()));
            container.addMapping(graphqlPath + "/realtime", this::accept);
            container.addMapping(graphqlPath, this::accept);
        });
        upgrades.setHandler(next);
        return upgrades;
    }

    private RealtimeConnection accept(ServerUpgradeRequest request, ServerUpgradeResponse response,
            org.eclipse.jetty.util.Callback callback) {
        if (!request.getSubProtocols().isEmpty()) {
            response.setAcceptedSubProtocol(HandshakeHeaders.SUBPROTOCOL);
        }
        // No permessage-deflate: one change fans out to many connections, and compressing it once per connection
        // would cost more CPU than the small JSON messages save on the wire.
        response.setExtensions(List.of());
        String rawQuery = request.getHttpURI().getQuery();
        List<String> headerNames = new ArrayList<>();
        for (HttpField field : request.getHeaders()) {
            headerNames.add(field.getName());
        }
        Optional<Map<String, String>> headers = handshake.read(request.getSubProtocols(),
                rawQuery == null ? "" : rawQuery, name -> request.getHeaders().getValuesList(name), headerNames);
        return new RealtimeConnection(context, headers.map(this::authenticate).orElse(null));
    }

    private @Nullable RequestIdentity authenticate(Map<String, String> headers) {
        try {
            return context.authenticator().connect(headers);
        } catch (AuthenticationException e) {
            return null;
        }
    }

    @Override
    public void close() {
        context.fanout().close();
        context.scheduler().shutdownNow();
    }
}
