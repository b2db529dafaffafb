package dev.forte.server.internal.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.forte.ForteException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that holds a backend's data: an embedded server in {@code <dataDirectory>/postgres}, or an
 * external one given by its JDBC URL, behind a connection pool.
 *
 * <p>Usage: {@code try (PostgresDatabase db = PostgresDatabase.start(dataDir, jdbcUrlOrNull)) { db.dataSource() }}.
 */
public final class PostgresDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    /**
     * How long the JVM's exit waits for the application to close an embedded database itself (after its change feed
     * and servers, in order) before it is stopped regardless, so that no PostgreSQL outlives the JVM.
     */
    private static final Duration CLOSE_AT_EXIT_GRACE = Duration.ofSeconds(5);

    private final @Nullable EmbeddedPostgres embedded;
    private final String jdbcUrl;
    private final HikariDataSource pool;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final @Nullable Thread stopAtExit;

    private PostgresDatabase(@Nullable EmbeddedPostgres embedded, String jdbcUrl, HikariDataSource pool) {
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.pool = pool;
        this.stopAtExit = embedded == null ? null : new Thread(this::stopAtExit, "forte-embedded-postgres-exit");
        if (stopAtExit != null) {
            Runtime.getRuntime().addShutdownHook(stopAtExit);
        }
    }

    /** Returns the external database at {@code jdbcUrl} when given, else the embedded one in {@code dataDirectory}. */
    public static PostgresDatabase start(Path dataDirectory, @Nullable String jdbcUrl) {
        return jdbcUrl != null ? external(jdbcUrl) : embedded(dataDirectory);
    }

    /**
     * Starts PostgreSQL on a free loopback port with its data in {@code <dataDirectory>/postgres}, which survives
     * restarts. Every commit is flushed to disk before it returns ({@code fsync} and {@code synchronous_commit} on;
     * zonky's defaults turn both off).
     */
    public static PostgresDatabase embedded(Path dataDirectory) {
        Path directory = dataDirectory.resolve("postgres");
        EmbeddedPostgres postgres = startEmbedded(directory);
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres?user=postgres&sslmode=disable";
        try {
            return new PostgresDatabase(postgres, url, openPool(url));
        } catch (RuntimeException e) {
            stopQuietly(postgres);
            throw e;
        }
    }

    /**
     * Returns the embedded database in {@code dataDirectory} for a short piece of work beside whatever else uses it:
     * the running server when a Forte process serves it (its {@code postmaster.pid} names the port; it trusts
     * loopback connections), else one started for this process.
     */
    public static PostgresDatabase attach(Path dataDirectory) {
        Path directory = dataDirectory.resolve("postgres");
        try {
            List<String> pid = Files.readAllLines(directory.resolve("postmaster.pid"));
            if (pid.size() > 3 && pid.get(3).strip().matches("\\d+")) {
                PostgresDatabase running = external("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip()
                        + "/postgres?user=postgres&sslmode=disable");
                if (servesDirectory(running, directory)) {
                    return running;
                }
                running.close();
            }
        } catch (IOException | SQLException | ForteException e) {
            log.debug("No running PostgreSQL in {} ({}); starting it", directory, e.getMessage());
        }
        return embedded(dataDirectory);
    }

    /** A stale {@code postmaster.pid} may name a port another PostgreSQL listens on now. */
    private static boolean servesDirectory(PostgresDatabase database, Path directory) throws SQLException, IOException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('data_directory')")) {
            return row.next() && Path.of(row.getString(1)).toRealPath().equals(directory.toRealPath());
        }
    }

    /** Connects to the PostgreSQL at {@code jdbcUrl}, failing at once with a clear message when it is unreachable. */
    public static PostgresDatabase external(String jdbcUrl) {
        checkReachable(jdbcUrl);
        return new PostgresDatabase(null, jdbcUrl, openPool(jdbcUrl));
    }

    /** Returns the pooled data source; connections are in auto-commit mode. */
    public DataSource dataSource() {
        return pool;
    }

    /** Returns the JDBC URL, e.g. to open a dedicated {@code LISTEN} connection outside the pool. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * Returns a source of connections outside the pool, for connections held for long (the change feed's LISTEN);
     * TCP keep-alive is on so a dead peer is noticed.
     */
    public DedicatedConnections dedicatedConnections() {
        return () -> {
            Properties properties = new Properties();
            properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
            properties.setProperty("tcpKeepAlive", "true");
            properties.setProperty("ApplicationName", "forte-change-feed");
            return DriverManager.getConnection(jdbcUrl, properties);
        };
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Closes the pool and stops the embedded server, which shuts down cleanly (a checkpoint, no recovery next start). */
    @Override
    public void close() {
        pool.close();
        if (embedded != null) {
            stopQuietly(embedded);
        }
        closed.countDown();
        if (stopAtExit != null && Thread.currentThread() != stopAtExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException exiting) {
                // The JVM is exiting: the hook has started and finds the database closed.
            }
        }
    }

    // zonky's own exit hook would stop the server at once, under a change feed that is still listening.
    private void stopAtExit() {
        try {
            if (!closed.await(CLOSE_AT_EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.info("Stopping the embedded PostgreSQL: the JVM is exiting and it was not closed.");
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static EmbeddedPostgres startEmbedded(Path directory) {
        try {
            Files.createDirectories(directory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setLocaleConfig("encoding", "UTF8")
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new ForteException(embeddedFailure(directory, e), e);
        }
    }

    private static String embeddedFailure(Path directory, Exception e) {
        String message = "The embedded PostgreSQL in " + directory + " did not start: " + rootMessage(e) + ".";
        if (!"root".equals(System.getProperty("user.name"))) {
            return message + " Check that the directory is writable and not used by another running Forte, or give"
                    + " an external database with --jdbc-url.";
        }
        return message + " As root, the embedded PostgreSQL runs initdb and postgres as `nobody` inside a user"
                + " namespace (`unshare -U`): /etc/passwd needs a `nobody` entry and user namespaces must be allowed"
                + " (Docker's default seccomp profile blocks them, and initdb then says it cannot be run as root)."
                + " Fix: run Forte as a non-root user that owns the data directory (do not reuse a data directory made"
                + " as root), or give an external database with --jdbc-url.";
    }

    private static void checkReachable(String jdbcUrl) {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        try (Connection connection = DriverManager.getConnection(jdbcUrl, properties)) {
            connection.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new ForteException("Cannot connect to the PostgreSQL at " + redact(jdbcUrl) + ": " + rootMessage(e)
                    + ". Check that the server runs and accepts connections from here, and the URL's host, port,"
                    + " database, user and password; or omit --jdbc-url to use the embedded database.", e);
        }
    }

    /**
     * Two cores run the HTTP threads and every PostgreSQL backend of the pool. PostgreSQL's rule of thumb is
     * cores * 2 (+ spindles), and pgbench here was fastest with 1-2 clients and slower with 8: a small pool
     * queues the rest of the requests in Hikari rather than making PostgreSQL backends fight for the cores.
     */
    static int poolSize() {
        return Math.max(2, Math.min(10, Runtime.getRuntime().availableProcessors() * 2));
    }

    private static HikariDataSource openPool(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("forte-postgres");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(poolSize());
        config.setMinimumIdle(Math.min(2, poolSize()));
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        config.setInitializationFailTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ForteException("Cannot open a connection pool to " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
    }

    private static void stopQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Stopping the embedded PostgreSQL failed", e);
        }
    }

    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    @Override
    public String toString() {
        return (isEmbedded() ? "embedded " : "external ") + "PostgreSQL at " + redact(jdbcUrl);
    }
}
