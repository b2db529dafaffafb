package dev.forte.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/**
 * A raw realtime WebSocket client over real TLS, trusting the server's local CA: sends protocol messages as text
 * and collects every message and the close. With {@code reading(false)} it stops reading from the socket, as a
 * client that falls behind does.
 */
final class RealtimeTestClient implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean reading = true;
    private final WebSocket socket;

    private RealtimeTestClient(HttpClient http, URI uri, List<String> subprotocols,
            java.util.Map<String, String> headers) {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(WAIT);
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host")) {
                builder.header(name, value);
            }
        });
        if (!subprotocols.isEmpty()) {
            builder.subprotocols(subprotocols.get(0), subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
        }
        this.socket = builder.buildAsync(uri, new Listener()).join();
    }

    static RealtimeTestClient connect(Path caCertificate, URI uri, String... subprotocols) {
        return new RealtimeTestClient(httpClient(caCertificate), uri, List.of(subprotocols), java.util.Map.of());
    }

    /** Connects sending {@code headers} as upgrade headers (the Android form of handshake auth). */
    static RealtimeTestClient connect(Path caCertificate, URI uri, List<String> subprotocols,
            java.util.Map<String, String> headers) {
        return new RealtimeTestClient(httpClient(caCertificate), uri, subprotocols, headers);
    }

    static HttpClient httpClient(Path caCertificate) {
        return HttpClient.newBuilder().sslContext(trusting(caCertificate)).connectTimeout(WAIT).build();
    }

    static SSLContext trusting(Path caCertificate) {
        try (InputStream pem = Files.newInputStream(caCertificate)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("forte-ca", CertificateFactory.getInstance("X.509").generateCertificate(pem));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new AssertionError("Cannot trust " + caCertificate + ": " + e, e);
        }
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    RealtimeTestClient send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    RealtimeTestClient send(Object message) {
        try {
            return send(JSON.writeValueAsString(message));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Returns the next message, failing after {@link #WAIT}. */
    JsonNode next() throws InterruptedException {
        JsonNode message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("No message within " + WAIT + (closed.isDone() ? "; closed " + closed.join() : ""));
        }
        return message;
    }

    /** Returns the next message that is not a {@code ka}. */
    JsonNode nextExceptKeepAlive() throws InterruptedException {
        while (true) {
            JsonNode message = next();
            if (!"ka".equals(message.path("type").asText())) {
                return message;
            }
        }
    }

    /** Returns the next message of {@code type}, skipping others; fails after {@link #WAIT}. */
    JsonNode nextOfType(String type) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message != null && type.equals(message.path("type").asText())) {
                return message;
            }
        }
        throw new AssertionError("No " + type + " message within " + WAIT);
    }

    /** Returns a message not of {@code ka} arriving within {@code wait}, or null. */
    @Nullable JsonNode pollExceptKeepAlive(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = messages.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (message != null && !"ka".equals(message.path("type").asText())) {
                return message;
            }
        }
        return null;
    }

    /** Connects, sends {@code connection_init} and waits for {@code connection_ack}. */
    RealtimeTestClient initialized() throws InterruptedException {
        send("{\"type\":\"connection_init\"}");
        JsonNode ack = next();
        if (!"connection_ack".equals(ack.path("type").asText())) {
            throw new AssertionError("Expected connection_ack, got " + ack);
        }
        return this;
    }

    /** Returns every message until the connection ends, failing when it is still open after {@link #WAIT}. */
    List<JsonNode> drainUntilClosed() throws Exception {
        List<JsonNode> received = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!closed.isDone() || !messages.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still open after " + WAIT + " and " + received.size() + " messages");
            }
            JsonNode message = messages.poll(100, TimeUnit.MILLISECONDS);
            if (message != null) {
                received.add(message);
            }
        }
        return received;
    }

    /** Returns the close status code the server sent, failing after {@link #WAIT}. */
    int awaitClose() throws Exception {
        return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /** Stops (false) or resumes (true) reading from the socket. */
    void reading(boolean read) {
        reading = read;
        if (read) {
            socket.request(1);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(failure -> null);
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new AssertionError("Not JSON: " + partial, e);
                }
                partial.setLength(0);
            }
            if (reading) {
                webSocket.request(1);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
