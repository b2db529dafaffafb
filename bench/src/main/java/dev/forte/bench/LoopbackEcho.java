package dev.forte.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The B5 loopback floor: one POST echoed over loopback by the HTTP mechanism the function host's Runtime API uses
 * (the JDK's HttpServer with a cached thread pool and TCP_NODELAY; {@link HttpURLConnection} with keep-alive and a
 * buffered body on the worker's side). A warm invocation makes two such exchanges (the answer to {@code next}, then the POSTed response).
 */
final class LoopbackEcho implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bench-echo");
        thread.setDaemon(true);
        return thread;
    });
    private final URL url;

    LoopbackEcho() throws IOException {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.setExecutor(threads);
        server.start();
        url = new URL("http://127.0.0.1:" + server.getAddress().getPort() + "/echo");
    }

    /** Posts {@code body} and returns the echo. */
    byte[] echo(byte[] body) throws IOException {
        var connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        if (connection.getResponseCode() != 200) {
            throw new IOException("echo answered " + connection.getResponseCode());
        }
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
