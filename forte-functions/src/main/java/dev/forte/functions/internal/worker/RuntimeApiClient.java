package dev.forte.functions.internal.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import org.jspecify.annotations.Nullable;

/** The worker's side of the Lambda Runtime API: {@code next}, then {@code response} or {@code error}. */
final class RuntimeApiClient {
    private final String base;

    RuntimeApiClient(String runtimeApiAddress) {
        this.base = "http://" + runtimeApiAddress + "/2018-06-01/runtime/";
    }

    /** Blocks until the host hands out the next event. */
    NextInvocation next() throws IOException {
        var connection = (HttpURLConnection) new URL(base + "invocation/next").openConnection();
        connection.setReadTimeout(0);
        int status = connection.getResponseCode();
        if (status != 200) {
            throw new IOException("Runtime API answered " + status + " to invocation/next");
        }
        try (InputStream body = connection.getInputStream()) {
            return new NextInvocation(
                    connection.getHeaderField("Lambda-Runtime-Aws-Request-Id"),
                    Long.parseLong(connection.getHeaderField("Lambda-Runtime-Deadline-Ms")),
                    connection.getHeaderField("Lambda-Runtime-Invoked-Function-Arn"),
                    connection.getHeaderField("Lambda-Runtime-Trace-Id"),
                    body.readAllBytes());
        }
    }

    void respond(String requestId, byte[] output) throws IOException {
        post("invocation/" + requestId + "/response", null, output);
    }

    void fail(String requestId, String errorType, byte[] errorDocument) throws IOException {
        post("invocation/" + requestId + "/error", errorType, errorDocument);
    }

    void failInit(String errorType, byte[] errorDocument) throws IOException {
        post("init/error", errorType, errorDocument);
    }

    private void post(String route, @Nullable String errorType, byte[] body) throws IOException {
        var connection = (HttpURLConnection) new URL(base + route).openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        if (errorType != null) {
            connection.setRequestProperty("Lambda-Runtime-Function-Error-Type", errorType);
        }
        // No fixed-length streaming: it writes the headers and the body in two segments, and Nagle's algorithm
        // with the host's delayed ACK then holds the body back (about 1.2 ms of a 1.3 ms exchange on loopback).
        // Buffered, HttpURLConnection sends both in one write; the body is in memory already.
        try (OutputStream out = connection.getOutputStream()) {
            out.write(body);
        }
        int status = connection.getResponseCode();
        connection.getInputStream().close();
        if (status != 202) {
            throw new IOException("Runtime API answered " + status + " to " + route);
        }
    }

    /** Prepares a request as {@link #post} does, without connecting: loads the HTTP classes (for the class archive). */
    void train() throws IOException {
        var connection = (HttpURLConnection) new URL(base + "invocation/training/response").openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setReadTimeout(0);
    }

    record NextInvocation(String requestId, long deadlineMs, String functionArn, String traceId, byte[] event) {}
}
