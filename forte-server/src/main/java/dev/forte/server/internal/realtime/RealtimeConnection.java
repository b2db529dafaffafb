package dev.forte.server.internal.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.server.internal.auth.AuthenticationException;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.execution.GraphqlRequest;
import dev.forte.server.internal.execution.SubscriptionStart;
import dev.forte.server.internal.http.MalformedRequestException;
import dev.forte.server.internal.realtime.SubscriptionFanout.Registration;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One realtime WebSocket: answers the client's {@code connection_init}, {@code start} and {@code stop} as AppSync
 * does (PROTOCOL §4.4-4.8), keeps it alive with {@code ka}, enforces the limits, and queues the deliveries of its
 * subscriptions. Jetty hands it one client message at a time; deliveries arrive from the fan-out thread.
 */
public final class RealtimeConnection implements Session.Listener.AutoDemanding, SubscriptionFanout.Subscriber {
    private static final Logger log = LoggerFactory.getLogger(RealtimeConnection.class);
    private static final long DISCONNECT_AFTER_CLOSE_SECONDS = 5;

    private final RealtimeContext context;
    /** The identity the handshake proved; null when the handshake's credentials were refused. */
    private final @Nullable RequestIdentity connectionIdentity;
    private final Map<String, Registration> subscriptions = new ConcurrentHashMap<>();
    private @Nullable Session session;
    private @Nullable OutboundQueue queue;
    private @Nullable ScheduledFuture<?> keepAlive;
    private @Nullable ScheduledFuture<?> idleClose;
    private volatile boolean closed;

    RealtimeConnection(RealtimeContext context, @Nullable RequestIdentity connectionIdentity) {
        this.context = context;
        this.connectionIdentity = connectionIdentity;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        this.session = session;
        this.queue = new OutboundQueue(context.settings().queueLimit(), (message, done) -> session.sendText(message,
                Callback.from(() -> done.accept(null), done::accept)));
        scheduleIdleClose();
    }

    @Override
    public void onWebSocketText(String text) {
        if (connectionIdentity == null) {
            refuseConnection();
            return;
        }
        Optional<JsonNode> parsed = parse(text);
        if (parsed.isEmpty()) {
            send(context.messages().error(null, "BadRequestException",
                    "The message is not a JSON object: send {\"type\":\"connection_init\"}, start, or stop."));
            return;
        }
        JsonNode message = parsed.get();
        String id = message.path("id").isTextual() ? message.path("id").asText() : null;
        if (utf8Length(text) > RealtimeSettings.MAX_PAYLOAD_BYTES) {
            send(context.messages().error(id, "LimitExceededError", "The message is larger than 240 KB, the most "
                    + "a realtime message may carry."));
            return;
        }
        handle(message.path("type").asText("unknown"), id, message);
    }

    private void handle(String type, @Nullable String id, JsonNode message) {
        switch (type) {
            case "connection_init" -> acknowledge();
            case "start" -> start(id, message.path("payload"));
            case "stop" -> stop(id);
            default -> send(context.messages().error(id, "UnsupportedOperation",
                    type + " not supported through the realtime channel"));
        }
    }

    private void acknowledge() {
        long timeoutMs = context.settings().connectionTimeout().toMillis();
        send(context.messages().connectionAck(timeoutMs));
        send(RealtimeMessages.KEEP_ALIVE);
        synchronized (this) {
            if (keepAlive == null && !closed) {
                long every = context.settings().keepAliveInterval().toMillis();
                keepAlive = context.scheduler().scheduleAtFixedRate(() -> send(RealtimeMessages.KEEP_ALIVE),
                        every, every, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void start(@Nullable String id, JsonNode payload) {
        Optional<String> refusal = checkStart(id, payload);
        if (refusal.isPresent()) {
            send(refusal.get());
            return;
        }
        String data = payload.path("data").asText();
        try {
            GraphqlRequest request = context.bodyParser().parse(data.getBytes(StandardCharsets.UTF_8));
            RequestIdentity identity = startIdentity(payload.path("extensions").path("authorization"), data);
            SubscriptionStart started = context.execution().start(request, identity);
            if (started instanceof SubscriptionStart.Refused refused) {
                send(context.messages().errors(id, refused.errors()));
                return;
            }
            register(id, ((SubscriptionStart.Accepted) started));
        } catch (MalformedRequestException e) {
            send(context.messages().error(id, "BadRequestException", "payload.data is not a GraphQL request: "
                    + e.getMessage() + " Send it as a JSON string of {\"query\", \"variables\"}."));
        } catch (AuthenticationException e) {
            send(context.messages().error(id, startAuthErrorType(e), e.getMessage()));
        } catch (RuntimeException e) {
            log.error("Realtime start {} failed", id, e);
            send(context.messages().error(id, "InternalFailure", "An internal failure occurred while starting the "
                    + "subscription; the server log has the details."));
        }
    }

    private Optional<String> checkStart(@Nullable String id, JsonNode payload) {
        RealtimeMessages messages = context.messages();
        if (id == null || id.isEmpty()) {
            return Optional.of(messages.error(null, "BadRequestException", "A start message needs a string id."));
        }
        if (subscriptions.containsKey(id)) {
            return Optional.of(messages.error(id, "DuplicatedOperationError", "Duplicated operation with id " + id));
        }
        if (subscriptions.size() >= RealtimeSettings.MAX_SUBSCRIPTIONS) {
            return Optional.of(messages.error(id, "MaxSubscriptionsReachedError",
                    "Max number of " + RealtimeSettings.MAX_SUBSCRIPTIONS + " subscriptions reached"));
        }
        if (!payload.path("data").isTextual()) {
            return Optional.of(messages.error(id, "BadRequestException",
                    "payload.data must be a JSON string of {\"query\", \"variables\"}."));
        }
        return Optional.empty();
    }

    /** A start carries its own credentials; one without them runs as the connection's identity. */
    private RequestIdentity startIdentity(JsonNode authorization, String data) {
        if (authorization.isMissingNode() || authorization.isNull()) {
            return java.util.Objects.requireNonNull(connectionIdentity);
        }
        Map<String, String> headers = HandshakeHeaders.caseInsensitive(authorization).orElseThrow(() ->
                AuthenticationException.unauthorized("extensions.authorization must be an object of strings."));
        return context.authenticator().start(headers, data);
    }

    // A bad signature is BadRequestException on AppSync (PROTOCOL §4.7); missing or unknown credentials are 401.
    private static String startAuthErrorType(AuthenticationException e) {
        return e.status() == 401 ? "UnauthorizedException" : "BadRequestException";
    }

    private void register(String id, SubscriptionStart.Accepted accepted) {
        OutboundQueue out = queue();
        // Registered and acknowledged under the queue's lock: no delivery can overtake the start_ack.
        synchronized (out) {
            subscriptions.put(id, context.fanout().register(this, id, accepted.plan()));
            send(context.messages().startAck(id));
        }
        cancelIdleClose();
    }

    private void stop(@Nullable String id) {
        if (id == null) {
            send(context.messages().error(null, "BadRequestException", "A stop message needs the id of its start."));
            return;
        }
        OutboundQueue out = queue();
        synchronized (out) {
            Registration registration = subscriptions.remove(id);
            if (registration != null) {
                context.fanout().unregister(registration);
            }
            send(context.messages().complete(id));
        }
        if (subscriptions.isEmpty()) {
            scheduleIdleClose();
        }
    }

    @Override
    public void deliver(Registration registration, String payloadJson) {
        if (utf8Length(payloadJson) > RealtimeSettings.MAX_PAYLOAD_BYTES) {
            send(context.messages().error(registration.id(), "LimitExceededError", "The change's data for this "
                    + "subscription is larger than 240 KB, the most a realtime message may carry; it was not sent."));
            return;
        }
        OutboundQueue out = queue();
        synchronized (out) {
            if (subscriptions.get(registration.id()) == registration) {
                send(RealtimeMessages.data(registration.dataPrefix(), payloadJson));
            }
        }
    }

    @Override
    public void interrupt(Registration registration, FeedGap gap) {
        OutboundQueue out = queue();
        synchronized (out) {
            if (!subscriptions.remove(registration.id(), registration)) {
                return;
            }
            send(context.messages().error(registration.id(), "ServiceUnavailableException", "Changes may have been "
                    + "missed: " + gap.reason() + ". The subscription has ended: subscribe again, and re-read "
                    + "what changed meanwhile."));
        }
        if (subscriptions.isEmpty()) {
            scheduleIdleClose();
        }
    }

    private void send(String message) {
        if (!closed && !queue().offer(message)) {
            disconnectSlowConsumer();
        }
    }

    private void disconnectSlowConsumer() {
        Session current = session;
        if (closed || current == null) {
            return;
        }
        log.warn("Disconnecting realtime client {}: more than {} messages waited for it",
                current.getRemoteSocketAddress(), context.settings().queueLimit());
        release();
        String error = context.messages().connectionError(RealtimeMessages.error("LimitExceededError",
                "The client fell behind: more than " + context.settings().queueLimit() + " messages waited for it. "
                        + "Reconnect and read messages as they arrive."));
        current.sendText(error, Callback.NOOP);
        current.close(StatusCode.POLICY_VIOLATION, "Slow consumer: the client fell behind", Callback.NOOP);
        context.scheduler().schedule(current::disconnect, DISCONNECT_AFTER_CLOSE_SECONDS, TimeUnit.SECONDS);
    }

    private void refuseConnection() {
        Session current = session;
        if (closed || current == null) {
            return;
        }
        release();
        // Closed only once the refusal is written, so the client reads connection_error before the close.
        Runnable close = () -> current.close(StatusCode.NORMAL, "Unauthorized", Callback.NOOP);
        current.sendText(context.messages().connectionUnauthorized(), Callback.from(close, failure -> close.run()));
    }

    private synchronized void scheduleIdleClose() {
        cancelIdleClose();
        if (closed) {
            return;
        }
        long timeoutMs = context.settings().connectionTimeout().toMillis();
        idleClose = context.scheduler().schedule(this::closeIfIdle, timeoutMs, TimeUnit.MILLISECONDS);
    }

    private synchronized void cancelIdleClose() {
        if (idleClose != null) {
            idleClose.cancel(false);
            idleClose = null;
        }
    }

    private void closeIfIdle() {
        Session current = session;
        if (!subscriptions.isEmpty() || current == null || closed) {
            return;
        }
        release();
        current.close(StatusCode.NORMAL, "Connection timed out: no subscription for "
                + context.settings().connectionTimeout().toMillis() + " ms", Callback.NOOP);
    }

    @Override
    public void onWebSocketClose(int statusCode, @Nullable String reason) {
        release();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        log.debug("Realtime connection failed", cause);
        release();
    }

    /** Stops every subscription, timer and queued message of this connection; idempotent. */
    private void release() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (keepAlive != null) {
                keepAlive.cancel(false);
            }
            cancelIdleClose();
        }
        subscriptions.values().forEach(context.fanout()::unregister);
        subscriptions.clear();
        if (queue != null) {
            queue.close();
        }
    }

    private OutboundQueue queue() {
        return java.util.Objects.requireNonNull(queue, "the connection is not open yet");
    }

    private Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = context.mapper().readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static int utf8Length(String text) {
        if (text.length() * 3L <= RealtimeSettings.MAX_PAYLOAD_BYTES) {
            return text.length();
        }
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
