package dev.forte.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.client.GraphqlError;
import dev.forte.client.GraphqlResponse;
import dev.forte.client.SubscriptionEvent;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One subscription on its own realtime WebSocket (PROTOCOL §4): handshake with the auth header object as a
 * {@code header-} subprotocol, {@code connection_init}, {@code start} with its own authorization, then events.
 * A dropped or silent connection (no {@code ka} within {@code connectionTimeoutMs}) is reported and reopened with
 * backoff until the subscription is cancelled or refused.
 */
public final class SubscriptionSocket {
    private static final TypeReference<Map<String, Object>> ITEM = new TypeReference<>() {};
    private static final Duration WATCHDOG_PERIOD = Duration.ofSeconds(1);
    private static final long MAX_BACKOFF_MS = 10_000;
    /** Events waiting for the caller before the socket stops reading (and the server, in time, disconnects). */
    public static final int BUFFERED_EVENTS = 10_000;
    /** Room kept for the few state events ({@code Reconnecting}, {@code Failed}) beyond {@link #BUFFERED_EVENTS}. */
    public static final int QUEUE_CAPACITY = BUFFERED_EVENTS + 64;
    private static final ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread timer = new Thread(runnable, "forte-client-realtime");
        timer.setDaemon(true);
        return timer;
    });

    private final HttpClient http;
    private final URI realtimeUri;
    private final URI graphqlEndpoint;
    private final RequestAuthorizer authorizer;
    private final ObjectMapper json;
    private final BlockingQueue<SubscriptionEvent> events;
    private final String id = UUID.randomUUID().toString();
    private final String data;
    private final ScheduledFuture<?> watchdog;
    private @Nullable WebSocket socket;
    private CompletableFuture<?> sends = CompletableFuture.completedFuture(null);
    private int generation;
    private int failedAttempts;
    private long timeoutNanos = TimeUnit.MINUTES.toNanos(5);
    private long lastHeard = System.nanoTime();
    private boolean done;

    private SubscriptionSocket(HttpClient http, URI realtimeUri, URI graphqlEndpoint, RequestAuthorizer authorizer,
            ObjectMapper json, String data, BlockingQueue<SubscriptionEvent> events) {
        this.http = http;
        this.realtimeUri = realtimeUri;
        this.graphqlEndpoint = graphqlEndpoint;
        this.authorizer = authorizer;
        this.json = json;
        this.data = data;
        this.events = events;
        long period = WATCHDOG_PERIOD.toMillis();
        this.watchdog = TIMERS.scheduleAtFixedRate(this::checkHeard, period, period, TimeUnit.MILLISECONDS);
    }

    /** Opens a subscription to {@code document} whose events go to {@code events}. */
    public static SubscriptionSocket open(HttpClient http, URI realtimeUri, URI graphqlEndpoint,
            RequestAuthorizer authorizer, ObjectMapper json, String document, Map<String, ?> variables,
            BlockingQueue<SubscriptionEvent> events) {
        ObjectNode request = json.createObjectNode();
        request.put("query", document);
        request.set("variables", json.valueToTree(variables));
        SubscriptionSocket socket = new SubscriptionSocket(http, realtimeUri, graphqlEndpoint, authorizer, json,
                request.toString(), events);
        socket.connect();
        return socket;
    }

    /** Sends {@code stop} and closes the connection; idempotent. */
    public void cancel() {
        WebSocket current;
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            current = socket;
        }
        watchdog.cancel(false);
        if (current != null) {
            send(current, "{\"id\":\"" + id + "\",\"type\":\"stop\"}");
            send(current, null);
        }
    }

    public synchronized boolean isDone() {
        return done;
    }

    private void connect() {
        int attempt;
        synchronized (this) {
            if (done) {
                return;
            }
            attempt = ++generation;
            lastHeard = System.nanoTime();
        }
        String path = graphqlEndpoint.getRawPath();
        Map<String, String> header = authorizer.realtimeHeader(graphqlEndpoint, path + "/connect",
                "{}".getBytes(StandardCharsets.UTF_8));
        String subprotocol = "header-" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(write(header).getBytes(StandardCharsets.UTF_8));
        http.newWebSocketBuilder().subprotocols("graphql-ws", subprotocol).connectTimeout(Duration.ofSeconds(30))
                .buildAsync(realtimeUri, new Listener(attempt))
                .whenComplete((opened, failure) -> {
                    if (failure != null) {
                        lost(attempt, "could not connect to " + realtimeUri + ": " + rootMessage(failure));
                    } else if (!adopt(attempt, opened)) {
                        opened.abort();
                    } else {
                        send(opened, "{\"type\":\"connection_init\"}");
                    }
                });
    }

    private synchronized boolean adopt(int attempt, WebSocket opened) {
        if (done || attempt != generation) {
            return false;
        }
        socket = opened;
        sends = CompletableFuture.completedFuture(null);
        return true;
    }

    private void handle(int attempt, WebSocket from, JsonNode message) {
        synchronized (this) {
            if (attempt != generation || done) {
                return;
            }
            lastHeard = System.nanoTime();
        }
        switch (message.path("type").asText()) {
            case "connection_ack" -> acknowledged(from, message.path("payload").path("connectionTimeoutMs"));
            case "start_ack" -> started();
            case "data" -> events.offer(dataEvent(message.path("payload")));
            case "error", "connection_error" -> failed(from, ResponseReader.errors(message.path("payload").path("errors")));
            case "complete" -> finish(from);
            default -> { }
        }
    }

    private void acknowledged(WebSocket from, JsonNode timeoutMs) {
        if (timeoutMs.canConvertToLong() && timeoutMs.asLong() > 0) {
            synchronized (this) {
                timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMs.asLong());
            }
        }
        ObjectNode start = json.createObjectNode();
        start.put("id", id);
        ObjectNode payload = start.putObject("payload");
        payload.put("data", data);
        payload.putObject("extensions").set("authorization", json.valueToTree(authorizer.realtimeHeader(
                graphqlEndpoint, graphqlEndpoint.getRawPath(), data.getBytes(StandardCharsets.UTF_8))));
        start.put("type", "start");
        send(from, start.toString());
    }

    private void started() {
        synchronized (this) {
            failedAttempts = 0;
        }
        events.offer(new SubscriptionEvent.Started());
    }

    private SubscriptionEvent.Data dataEvent(JsonNode payload) {
        JsonNode data = payload.path("data");
        GraphqlResponse response = GraphqlResponse.of(data.isMissingNode() ? json.nullNode() : data,
                ResponseReader.errors(payload.path("errors")));
        Map<String, Object> item = null;
        Iterator<JsonNode> fields = data.elements();
        if (fields.hasNext()) {
            JsonNode first = fields.next();
            item = first.isObject() ? json.convertValue(first, ITEM) : null;
        }
        return new SubscriptionEvent.Data(response, item);
    }

    private void failed(WebSocket from, List<GraphqlError> errors) {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
        }
        watchdog.cancel(false);
        events.offer(new SubscriptionEvent.Failed(errors));
        send(from, null);
    }

    private void finish(WebSocket from) {
        synchronized (this) {
            done = true;
        }
        watchdog.cancel(false);
        send(from, null);
    }

    private void checkHeard() {
        WebSocket silent;
        int attempt;
        synchronized (this) {
            if (done || socket == null || System.nanoTime() - lastHeard < timeoutNanos) {
                return;
            }
            silent = socket;
            attempt = generation;
        }
        silent.abort();
        lost(attempt, "nothing heard for " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
    }

    private void lost(int attempt, String reason) {
        long delayMs;
        synchronized (this) {
            if (done || attempt != generation) {
                return;
            }
            generation++;
            socket = null;
            delayMs = Math.min(MAX_BACKOFF_MS, 250L << Math.min(failedAttempts, 6));
            failedAttempts++;
        }
        events.offer(new SubscriptionEvent.Reconnecting(reason));
        TIMERS.schedule(this::connect, delayMs, TimeUnit.MILLISECONDS);
    }

    /** Sends {@code text}, or a normal close when it is null, after the sends before it (one at a time). */
    private synchronized void send(WebSocket to, @Nullable String text) {
        sends = sends.handle((ignored, failure) -> null).thenCompose(ignored -> text == null
                ? to.sendClose(WebSocket.NORMAL_CLOSURE, "")
                : to.sendText(text, true));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root);
    }

    private final class Listener implements WebSocket.Listener {
        private final int attempt;
        private final StringBuilder text = new StringBuilder();

        Listener(int attempt) {
            this.attempt = attempt;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence part, boolean last) {
            text.append(part);
            if (last) {
                try {
                    handle(attempt, webSocket, json.readTree(text.toString()));
                } catch (JsonProcessingException e) {
                    // Not a protocol message; AppSync sends none such, so it is ignored like an unknown type.
                }
                text.setLength(0);
            }
            demand(webSocket);
            return null;
        }

        // Reads on only while the caller keeps up: a caller that stops taking events holds back the socket.
        private void demand(WebSocket webSocket) {
            if (events.size() < BUFFERED_EVENTS || isDone()) {
                webSocket.request(1);
            } else {
                TIMERS.schedule(() -> demand(webSocket), 50, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            lost(attempt, "closed by the server with " + statusCode + (reason.isEmpty() ? "" : " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            lost(attempt, "connection failed: " + rootMessage(error));
        }
    }
}
