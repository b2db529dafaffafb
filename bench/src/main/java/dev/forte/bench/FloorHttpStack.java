package dev.forte.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP stack and connection pool the floors run on, with Forte's settings.
 *
 * <p>Forte's HTTP layer ({@code dev.forte.server.internal.http}) exposes no server factory yet, so the settings are
 * mirrored here; keep them in step (or call Forte's factory once there is one): Jetty 12 core, one
 * {@code QueuedThreadPool} of {@value #HTTP_THREADS} threads (an oversized pool halves CPU-bound throughput on two
 * cores, shared/reference/DEPENDENCIES.md), and a Hikari pool sized as {@code PostgresDatabase.poolSize()} sizes
 * Forte's.
 */
final class FloorHttpStack {
    static final int HTTP_THREADS = 8;

    private FloorHttpStack() {}

    static Server server(String host, int port, Handler handler) {
        QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, HTTP_THREADS);
        threads.setName("floor-http");
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(handler);
        return server;
    }

    /** Mirrors {@code PostgresDatabase.openPool}: max(2, min(10, 2 × cores)) connections, at least 2 idle. */
    static HikariDataSource pool(String jdbcUrl) {
        int size = Math.max(2, Math.min(10, Runtime.getRuntime().availableProcessors() * 2));
        HikariConfig config = new HikariConfig();
        config.setPoolName("floor-postgres");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        return new HikariDataSource(config);
    }
}
