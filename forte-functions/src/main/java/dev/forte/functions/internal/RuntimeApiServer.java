package dev.forte.functions.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.forte.functions.FunctionHostException;
import dev.forte.functions.InvocationResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The AWS Lambda Runtime API ({@code /2018-06-01/runtime/...}) for one worker process, on its own loopback port.
 *
 * <p>The JDK's HttpServer is enough here: it serves one local process at a few requests per invocation, the
 * long-polling {@code next} simply blocks a pooled thread, and it keeps this module free of Jetty. One server per
 * worker (rather than a path prefix per function) gives each worker the {@code host:port} form real Lambda uses,
 * which any runtime client accepts, and means a dead worker's late requests can never reach its successor.
 */
final class RuntimeApiServer implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime/";

    static {
        // The JDK server writes a response's headers and body separately; without TCP_NODELAY, Nagle's algorithm
        // and the worker's delayed ACK hold every body back about 40 ms. Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final String functionArn;
    private final long timeoutMillis;
    private final BlockingQueue<Invocation> queued = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> handedOut = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private RuntimeApiServer(HttpServer server, ExecutorService threads, String functionArn, long timeoutMillis) {
        this.server = server;
        this.threads = threads;
        this.functionArn = functionArn;
        this.timeoutMillis = timeoutMillis;
    }

    static RuntimeApiServer start(String functionName, String region, int timeoutSeconds) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var threads = Executors.newCachedThreadPool(runnable -> daemon(runnable, functionName));
            String arn = "arn:aws:lambda:" + region + ":000000000000:function:" + functionName;
            var api = new RuntimeApiServer(server, threads, arn, timeoutSeconds * 1000L);
            server.createContext(PREFIX, api::handle);
            server.setExecutor(threads);
            server.start();
            return api;
        } catch (IOException e) {
            throw new FunctionHostException("Function `" + functionName
                    + "`: cannot open a loopback port for its Runtime API: " + e.getMessage(), e);
        }
    }

    /** Returns the value of {@code AWS_LAMBDA_RUNTIME_API} for the worker: {@code 127.0.0.1:<port>}. */
    String address() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    void submit(Invocation invocation) {
        queued.add(invocation);
    }

    /** Fails every invocation this worker has not answered, e.g. because its process exited. */
    void failAll(Function<String, InvocationResult> failure) {
        var unanswered = new ArrayList<>(handedOut.values());
        queued.drainTo(unanswered);
        handedOut.clear();
        for (Invocation invocation : unanswered) {
            if (!invocation.result().isDone()) {
                invocation.finish(failure.apply(invocation.requestId()));
            }
        }
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && route.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && route.equals("init/error")) {
                initError(exchange);
            } else if (method.equals("POST") && route.startsWith("invocation/")) {
                answer(exchange, route.substring("invocation/".length()));
            } else {
                respond(exchange, 404, LambdaErrors.errorDocument("NotFound", "No Runtime API route " + method
                        + " " + exchange.getRequestURI().getPath()));
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        Invocation invocation;
        try {
            invocation = queued.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        handedOut.put(invocation.requestId(), invocation);
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + timeoutMillis));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.set("Lambda-Runtime-Trace-Id", traceId());
        invocation.markPickedUp();
        respond(exchange, 200, invocation.payload());
    }

    private void answer(HttpExchange exchange, String idAndOutcome) throws IOException {
        int slash = idAndOutcome.indexOf('/');
        String outcome = slash < 0 ? "" : idAndOutcome.substring(slash + 1);
        @Nullable Invocation invocation = slash < 0 ? null : handedOut.remove(idAndOutcome.substring(0, slash));
        if (invocation == null || !(outcome.equals("response") || outcome.equals("error"))) {
            respond(exchange, 400, LambdaErrors.errorDocument("InvalidRequestID",
                    "No invocation is waiting for " + exchange.getRequestURI().getPath()));
            return;
        }
        String body = readBody(exchange);
        invocation.finish(outcome.equals("response")
                ? InvocationResult.success(body)
                : InvocationResult.failure(errorBody(exchange, body)));
        respond(exchange, 202, "{\"status\":\"OK\"}");
    }

    private void initError(HttpExchange exchange) throws IOException {
        String error = errorBody(exchange, readBody(exchange));
        failAll(requestId -> InvocationResult.failure(error));
        respond(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static String errorBody(HttpExchange exchange, String body) {
        if (!body.isBlank()) {
            return body;
        }
        String type = exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type");
        return LambdaErrors.errorDocument(type == null ? "Runtime.Unknown" : type, "The runtime reported an error");
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String traceId() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        String epochHex = Long.toHexString(System.currentTimeMillis() / 1000);
        return "Root=1-" + epochHex + "-" + hex.substring(0, 24) + ";Parent=" + hex.substring(16) + ";Sampled=0";
    }

    private static Thread daemon(Runnable runnable, String functionName) {
        var thread = new Thread(runnable, "forte-runtime-api-" + functionName);
        thread.setDaemon(true);
        return thread;
    }
}
