package dev.forte.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A closed-loop HTTP/1.1 load generator for scenarios wrk cannot drive, such as requests signed one by one with
 * SigV4: each connection is a thread that sends a request, reads the whole answer and sends the next, over one
 * keep-alive socket with TCP_NODELAY, as wrk does. A request's latency runs from building it (signing included)
 * to the last byte of its answer. Errors, counted as wrk counts them: socket failures, non-2xx answers, and 200
 * answers whose body holds GraphQL {@code "errors"}.
 */
final class HttpLoad {
    private static final byte[] ERRORS = "\"errors\"".getBytes(StandardCharsets.US_ASCII);

    /** Builds the requests of one connection. */
    @FunctionalInterface
    interface RequestSource {
        /** Returns the body and the headers (besides Host and Content-Length) of the next request. */
        Request next();
    }

    record Request(byte[] body, Map<String, String> headers) {}

    private final URI endpoint;

    HttpLoad(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Runs {@code connections} connections for {@code duration}; {@code sources} gives each its requests. */
    Measurement run(int connections, Duration duration, IntFunction<RequestSource> sources) {
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Latencies> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Latencies own = new Latencies();
            latencies.add(own);
            RequestSource source = sources.apply(i);
            Thread thread = new Thread(() -> loop(source, deadline, own, errors), "bench-load-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            join(thread);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Latencies.merge(latencies).measurement(seconds, errors.get());
    }

    private void loop(RequestSource source, long deadline, Latencies latencies, AtomicLong errors) {
        @Nullable Connection socket = null;
        try {
            while (System.nanoTime() < deadline) {
                if (socket == null) {
                    socket = connect();
                }
                long begin = System.nanoTime();
                try {
                    boolean ok = exchange(socket, source.next());
                    latencies.add(System.nanoTime() - begin);
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                    closeQuietly(socket);
                    socket = null;
                }
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        } finally {
            closeQuietly(socket);
        }
    }

    /** One keep-alive connection; its input is buffered, since the answer is read a line at a time. */
    private record Connection(Socket socket, InputStream in, OutputStream out) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private Connection connect() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 2_000);
        return new Connection(socket, new BufferedInputStream(socket.getInputStream(), 16_384),
                socket.getOutputStream());
    }

    /** Sends one request and reads its answer; returns whether it was a 2xx without GraphQL errors. */
    private boolean exchange(Connection connection, Request request) throws IOException {
        connection.out().write(encode(request));
        InputStream in = connection.in();
        int status = Integer.parseInt(readLine(in).split(" ", 3)[1]);
        byte[] body = readBody(in);
        return status / 100 == 2 && indexOf(body, ERRORS) < 0;
    }

    private byte[] encode(Request request) {
        StringBuilder head = new StringBuilder(256).append("POST ").append(endpoint.getRawPath())
                .append(" HTTP/1.1\r\nHost: ").append(endpoint.getHost()).append(':').append(endpoint.getPort())
                .append("\r\nContent-Length: ").append(request.body().length).append("\r\n");
        request.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + request.body().length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(request.body(), 0, all, headBytes.length, request.body().length);
        return all;
    }

    /** Reads the headers and a body framed by Content-Length or chunked transfer coding. */
    private static byte[] readBody(InputStream in) throws IOException {
        long length = -1;
        boolean chunked = false;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(in.readNBytes(size));
                readLine(in);
            }
            readLine(in);
            return body.toByteArray();
        }
        if (length < 0) {
            throw new IOException("An answer without Content-Length or chunked coding cannot be framed");
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length != length) {
            throw new IOException("The connection closed inside an answer");
        }
        return body;
    }

    private static int chunkSize(InputStream in) throws IOException {
        String line = readLine(in);
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("The connection closed inside an answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static int indexOf(byte[] text, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= text.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (text[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("Interrupted while the load ran", e);
        }
    }

    private static void closeQuietly(@Nullable Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (IOException e) {
            // Closing a broken connection.
        }
    }
}
