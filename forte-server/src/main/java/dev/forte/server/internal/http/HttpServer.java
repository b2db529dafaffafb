package dev.forte.server.internal.http;

import dev.forte.ForteException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty on one port with a small thread pool. Resolvers block on JDBC, so requests run on pool threads; the pool
 * is kept small because on two cores an oversized pool halves CPU-bound throughput (see {@link #DEFAULT_THREADS}).
 */
public final class HttpServer implements AutoCloseable {
    /**
     * Pool threads: 1 acceptor and 1 selector plus the workers. Measured with wrk on 2 cores (see the server's
     * report): 8 to 16 threads serve within noise of each other; more than 20 lose throughput to context switches.
     */
    public static final int DEFAULT_THREADS = 12;

    private final Server server;
    private final ServerConnector connector;

    private HttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts serving {@code handler} on {@code host}:{@code port} (0 picks a free port). */
    public static HttpServer start(String host, int port, int threads, Handler handler) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 4));
        pool.setName("forte-http");
        Server server = new Server(pool);
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setSendServerVersion(false);
        configuration.setSendDateHeader(true);
        // SigV4 signs header values as sent; Jetty's shared header cache would otherwise hand back its own casing
        // ("application/json; charset=UTF-8" arrives as "...charset=utf-8") and break every amplify-js signature.
        configuration.setHeaderCacheCaseSensitive(true);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(configuration));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw new ForteException("Could not serve HTTP on " + host + ":" + port + ": " + e.getMessage()
                    + ". Choose another port (0 picks a free one) or stop the process using it.", e);
        }
        return new HttpServer(server, connector);
    }

    /** Returns the port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new ForteException("Could not stop the HTTP server: " + e.getMessage(), e);
        }
    }
}
