package dev.forte.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One fan-out connection (the JDK's WebSocket client): answers the protocol's handshake messages it is waiting for
 * and timestamps every message that names a published one.
 */
final class FanoutSubscriber implements WebSocket.Listener {
    /** Receives the number of a published message and when it arrived. */
    @FunctionalInterface
    interface Delivery {
        void delivered(int message, long nanoTime);
    }

    private final Delivery delivery;
    private final StringBuilder partial = new StringBuilder();
    private volatile CompletableFuture<Void> awaited = new CompletableFuture<>();
    private volatile String awaitedType = "";
    private WebSocket socket;

    private FanoutSubscriber(Delivery delivery) {
        this.delivery = delivery;
    }

    static FanoutSubscriber open(HttpClient http, URI uri, List<String> subprotocols, Delivery delivery) {
        FanoutSubscriber subscriber = new FanoutSubscriber(delivery);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        builder.subprotocols(subprotocols.get(0), subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
        subscriber.socket = builder.buildAsync(uri, subscriber).orTimeout(60, TimeUnit.SECONDS).join();
        return subscriber;
    }

    /** Sends {@code text}, then waits for a message of {@code type} ({@code connection_ack}, {@code start_ack}). */
    void sendAndAwait(String text, String type, Duration timeout) {
        CompletableFuture<Void> answer = new CompletableFuture<>();
        awaitedType = "\"type\":\"" + type + "\"";
        awaited = answer;
        socket.sendText(text, true).join();
        try {
            answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new BenchFailure("No " + type + " within " + timeout.toSeconds() + " s: " + e, e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long now = System.nanoTime();
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            int number = FanoutBench.messageNumber(message);
            if (number >= 0) {
                delivery.delivered(number, now);
            } else if (message.contains(awaitedType)) {
                awaited.complete(null);
            } else if (message.contains("\"type\":\"connection_error\"") || message.contains("\"type\":\"error\"")) {
                awaited.completeExceptionally(new BenchFailure("the server answered " + message));
            }
        }
        webSocket.request(1);
        return null;
    }

    boolean isOpen() {
        return !socket.isInputClosed();
    }

    void close() {
        socket.abort();
    }
}
