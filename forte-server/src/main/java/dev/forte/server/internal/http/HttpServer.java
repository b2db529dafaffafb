package dev.forte.server.internal.http;

import dev.forte.ForteException;
import java.security.KeyStore;
import java.util.function.Function;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * Jetty on one port with a small thread pool, serving plain HTTP and, given a key store, TLS on the same port
 * (the first bytes of a connection tell a TLS handshake from HTTP: amplify-js dials {@code wss://} even for an
 * {@code http://} endpoint, PROTOCOL §4.1). Resolvers block on JDBC, so requests run on pool threads; the pool
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
    private final SslContextFactory.@Nullable Server tls;

    private HttpServer(Server server, ServerConnector connector, SslContextFactory.@Nullable Server tls) {
        this.server = server;
        this.connector = connector;
        this.tls = tls;
    }

    /**
     * Serves {@code tls} (alias {@code server}, empty password) to connections that handshake from now on; open
     * connections keep the certificate they were given.
     *
     * @throws IllegalStateException when the server was started without TLS
     */
    public void replaceCertificate(KeyStore tls) {
        if (this.tls == null) {
            throw new IllegalStateException("This server was started without TLS");
        }
        try {
            this.tls.reload(factory -> factory.setKeyStore(tls));
        } catch (Exception e) {
            throw new ForteException("Could not serve the renewed TLS certificate: " + e.getMessage(), e);
        }
    }

    /** Starts serving {@code handler} over plain HTTP on {@code host}:{@code port} (0 picks a free port). */
    public static HttpServer start(String host, int port, int threads, Handler handler) {
        return start(host, port, threads, null, server -> handler);
    }

    /**
     * Starts serving the handler {@code handlerFor} makes for the server on {@code host}:{@code port}, with TLS
     * beside plain HTTP when {@code tls} (alias {@code server}, empty password) is given.
     */
    public static HttpServer start(String host, int port, int threads, @Nullable KeyStore tls,
            Function<Server, Handler> handlerFor) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 4));
        pool.setName("forte-http");
        Server server = new Server(pool);
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setSendServerVersion(false);
        configuration.setSendDateHeader(true);
        // SigV4 signs header values as sent; Jetty's shared header cache would otherwise hand back its own casing
        // ("application/json; charset=UTF-8" arrives as "...charset=utf-8") and break every amplify-js signature.
        configuration.setHeaderCacheCaseSensitive(true);
        // No per-connection cache of whole header lines: it would hold each SigV4 Authorization, and the next
        // request (a new signature) walks most of it in the cache before falling back to parsing it afresh.
        configuration.setHeaderCacheSize(0);
        SslContextFactory.Server ssl = tls == null ? null : sslContextFactory(tls);
        ServerConnector connector = new ServerConnector(server, 1, 1, connectionFactories(configuration, ssl));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(handlerFor.apply(server));
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
        return new HttpServer(server, connector, ssl);
    }

    private static SslContextFactory.Server sslContextFactory(KeyStore tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls);
        ssl.setKeyStorePassword("");
        return ssl;
    }

    private static ConnectionFactory[] connectionFactories(HttpConfiguration configuration,
            SslContextFactory.@Nullable Server ssl) {
        if (ssl == null) {
            return new ConnectionFactory[] {new HttpConnectionFactory(configuration)};
        }
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // Clients reach a local server by IP address or by a name the certificate may not list; trust is the CA's.
        secure.setSniHostCheck(false);
        configuration.addCustomizer(secure);
        HttpConnectionFactory http = new HttpConnectionFactory(configuration);
        SslConnectionFactory handshake = new SslConnectionFactory(ssl, http.getProtocol());
        return new ConnectionFactory[] {new DetectorConnectionFactory(handshake), http};
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
