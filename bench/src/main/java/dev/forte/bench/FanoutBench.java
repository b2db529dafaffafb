package dev.forte.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Subscription fan-out, in a JVM of its own: {@code FanoutBench KEY forte|b4 REALTIME_URL PUBLISH_URL CA_PEM API_KEY
 * SUBSCRIBERS RATE WARMUP_S MEASURE_S}. Opens {@code SUBSCRIBERS} WebSocket connections (Netty; over TLS trusting
 * the server's local CA for a {@code wss://} URL, plain for {@code ws://}), then publishes {@code RATE} messages a second and times, for each, how long
 * after it was sent the last connection had it.
 *
 * <ul>
 *   <li>{@code forte}: each connection subscribes to {@code onCreateTodo} with the API key as amplify-js does
 *       (subprotocol {@code graphql-ws} with the {@code header-…} auth entry, {@code connection_init}, {@code start}),
 *       and a message is a {@code createTodo} mutation sent over HTTP: the time runs from sending the mutation
 *       (so it includes the insert and its commit) to the {@code data} message at the last subscriber. Before the
 *       connections open, 5 s of createTodo back to back warm the server's mutation path.
 *   <li>{@code b4}: the connections only upgrade; a message is a POST of a {@code data} message of the same shape
 *       to {@link BroadcastServer}, which sends it as it is to every connection.
 * </ul>
 * Prints one row line ({@link RowLines}): req/s is deliveries per second, p50 and p99 the time to the last
 * subscriber, errors the messages some connection never got (waiting up to 10 s, and no more than 3 s after
 * the last delivery) and failed publishes.
 */
public final class FanoutBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "fanout-";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int CONNECTING_AT_ONCE = 32;
    private static final Duration SERVER_WARMUP = Duration.ofSeconds(5);
    /** Numbers the warm-up mutations far above the measured ones, which subscribers would never see anyway. */
    private static final int WARMUP_MARKER_OFFSET = 100_000_000;
    private static final String SUBSCRIPTION = "subscription OnCreateTodo { onCreateTodo { "
            + TodoOperations.FIELDS + " } }";

    private final boolean forte;
    private final URI realtime;
    private final URI publish;
    private final String apiKey;
    private final HttpClient http;
    private final EventLoopGroup subscriberLoops = eventLoops();
    private final SslContext subscriberTls;
    private final FanoutDeliveries deliveries;

    private FanoutBench(boolean forte, URI realtime, URI publish, String apiKey, SSLContext tls,
            SslContext subscriberTls, int messages, int subscribers) {
        this.forte = forte;
        this.realtime = realtime;
        this.publish = publish;
        this.apiKey = apiKey;
        this.http = client(tls);
        this.subscriberTls = subscriberTls;
        this.deliveries = new FanoutDeliveries(messages, subscribers);
    }

    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).connectTimeout(WAIT).build();
    }

    /** Two event loops, so both cores read deliveries; each connection is read by one of them. */
    private static EventLoopGroup eventLoops() {
        return new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    }

    private static SslContext nettyTls(TrustManagerFactory trust) {
        try {
            return SslContextBuilder.forClient().trustManager(trust).build();
        } catch (javax.net.ssl.SSLException e) {
            throw new BenchFailure("Could not set up TLS for the subscribers: " + e, e);
        }
    }

    public static void main(String[] args) throws Exception {
        int subscribers = Integer.parseInt(args[6]);
        int rate = Integer.parseInt(args[7]);
        int warmup = rate * Integer.parseInt(args[8]);
        int measured = rate * Integer.parseInt(args[9]);
        TrustManagerFactory trust = trusting(Path.of(args[4]));
        FanoutBench bench = new FanoutBench(args[1].equals("forte"), URI.create(args[2]), URI.create(args[3]),
                args[5], sslContext(trust), nettyTls(trust), warmup + measured, subscribers);
        if (bench.forte) {
            bench.warmMutations(SERVER_WARMUP);
        }
        List<FanoutSubscriber> connections = bench.connect(subscribers);
        System.err.println("fan-out: " + connections.size() + " connections subscribed, "
                + connections.stream().filter(FanoutSubscriber::isOpen).count() + " open");
        long[] sentAt = bench.publish(warmup + measured, rate);
        bench.deliveries.await(warmup + measured, Duration.ofSeconds(10), Duration.ofSeconds(3));
        RowLines.print(args[0], bench.deliveries.measurement(sentAt, warmup, measured / (double) rate));
        connections.forEach(FanoutSubscriber::close);
        System.exit(0);
    }

    private List<FanoutSubscriber> connect(int count) throws InterruptedException {
        Semaphore connecting = new Semaphore(CONNECTING_AT_ONCE);
        List<CompletableFuture<FanoutSubscriber>> opened = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            connecting.acquire();
            CompletableFuture<FanoutSubscriber> subscriber = CompletableFuture
                    .supplyAsync(() -> FanoutSubscriber.open(subscriberLoops, subscriberTls, realtime, subprotocols(),
                            deliveries::delivered))
                    .thenApply(this::subscribe);
            subscriber.whenComplete((done, failure) -> connecting.release());
            opened.add(subscriber);
        }
        return opened.stream().map(CompletableFuture::join).toList();
    }

    private List<String> subprotocols() {
        if (!forte) {
            return List.of("graphql-ws");
        }
        byte[] header = authorization().toString().getBytes(StandardCharsets.UTF_8);
        return List.of("graphql-ws", "header-" + Base64.getUrlEncoder().withoutPadding().encodeToString(header));
    }

    private FanoutSubscriber subscribe(FanoutSubscriber subscriber) {
        if (!forte) {
            return subscriber;
        }
        subscriber.sendAndAwait("{\"type\":\"connection_init\"}", "connection_ack", WAIT);
        ObjectNode start = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("type", "start");
        ObjectNode payload = start.putObject("payload");
        payload.put("data", JSON.createObjectNode().put("query", SUBSCRIPTION).set("variables",
                JSON.createObjectNode()).toString());
        payload.putObject("extensions").set("authorization", authorization());
        subscriber.sendAndAwait(start.toString(), "start_ack", WAIT);
        return subscriber;
    }

    /** The API-key header object amplify-js sends: the GraphQL endpoint's host, the date, the key. */
    private ObjectNode authorization() {
        return JSON.createObjectNode().put("host", publish.getHost() + ":" + publish.getPort())
                .put("x-amz-date", DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .format(ZonedDateTime.now(ZoneOffset.UTC)))
                .put("x-api-key", apiKey);
    }

    /**
     * Sends createTodo back to back for {@code duration} before anyone subscribes, so that the server's mutation
     * and change-feed path is compiled as in a server under load: at 10 mutations a second, the measured messages
     * alone would leave much of it interpreted, and time the JIT rather than the fan-out.
     */
    private void warmMutations(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        int sent = 0;
        while (System.nanoTime() < end) {
            if (!send(WARMUP_MARKER_OFFSET + sent)) {
                throw new BenchFailure("A warm-up createTodo failed; the server log says why.");
            }
            sent++;
        }
        System.err.println("fan-out: " + sent + " createTodo sent to warm the server before subscribing");
    }

    /** Sends {@code count} messages at {@code rate} a second, one at a time; returns when each was sent. */
    private long[] publish(int count, int rate) throws InterruptedException {
        long[] sentAt = new long[count];
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            sentAt[i] = System.nanoTime();
            if (!send(i)) {
                sentAt[i] = -1;
            }
        }
        return sentAt;
    }

    private boolean send(int message) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(publish).timeout(WAIT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(forte ? mutation(message) : dataMessage(message)));
        if (forte) {
            request.header("x-api-key", apiKey);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() == 200 && !response.body().contains("\"errors\"");
            if (!ok) {
                System.err.println("fan-out: publish " + message + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return ok;
        } catch (IOException e) {
            System.err.println("fan-out: publish " + message + " failed: " + e);
            return false;
        }
    }

    private static String mutation(int message) {
        Map<String, Object> input = Map.of("name", MARKER + message, "description", "fan-out", "priority", "LOW");
        ObjectNode body = JSON.createObjectNode().put("query", TodoOperations.CREATE);
        body.putObject("variables").set("input", JSON.valueToTree(input));
        return body.toString();
    }

    /** A {@code data} message shaped like Forte's for the same createTodo. */
    private static String dataMessage(int message) {
        String now = java.time.Instant.now().toString();
        ObjectNode todo = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("name", MARKER + message)
                .put("description", "fan-out").put("isDone", false).put("priority", "LOW").put("createdAt", now)
                .put("updatedAt", now).put("__typename", "Todo");
        ObjectNode data = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("type", "data");
        data.putObject("payload").putObject("data").set("onCreateTodo", todo);
        return data.toString();
    }

    /** Returns the number after {@code fanout-} in a delivered message, or -1. */
    static int messageNumber(CharSequence text) {
        int at = text.toString().indexOf(MARKER);
        if (at < 0) {
            return -1;
        }
        int number = 0;
        int digits = 0;
        for (int i = at + MARKER.length(); i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            number = number * 10 + (text.charAt(i) - '0');
            digits++;
        }
        return digits == 0 ? -1 : number;
    }

    /** Trust in the server's local CA, read once for the publishing client and the subscribers alike. */
    private static TrustManagerFactory trusting(Path caCertificate) throws IOException, GeneralSecurityException {
        try (InputStream pem = Files.newInputStream(caCertificate)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("forte-ca", CertificateFactory.getInstance("X.509").generateCertificate(pem));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            return factory;
        }
    }

    private static SSLContext sslContext(TrustManagerFactory trust) throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
