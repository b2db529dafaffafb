package dev.forte.server.internal.storage;

import dev.forte.ForteException;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.ModelChange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ChangeFeed} of API nodes that share one PostgreSQL, through PostgreSQL itself: each node publishes
 * its committed changes with NOTIFY on a channel per schema ({@code forte_changes_<schema>}), after the commit and
 * from a thread of its own ({@link ChangePublisher}), and listens on one dedicated connection
 * ({@link ChangeReceiver}). A node hands its own changes to its listeners as it publishes them, on the publishing
 * thread, and skips them when they come back: its subscribers get them without waiting for the database's round
 * trips, and its receiver parses only the other nodes' notifications. Each item's changes stay in commit order
 * at every node whichever way they came ({@link ItemOrder}). Changes too large for a NOTIFY payload travel through
 * {@code forte_change_outbox}, whose rows are removed after {@link #OUTBOX_RETENTION}.
 *
 * <p>The tables it uses ({@code forte_change_outbox}, and {@code forte_change_sequence} that orders each item's
 * changes) are made by {@link ModelTableMigrator#migrate}.
 */
public final class PostgresChangeFeed implements ChangeFeed {
    /** How long a large change stays readable in the outbox; far longer than any node takes to read it. */
    public static final Duration OUTBOX_RETENTION = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(PostgresChangeFeed.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_CHANNEL_LENGTH = 63;
    private static final int REMEMBERED_ITEMS = 100_000;

    private final List<Registration> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> apiKeyListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Dispatch dispatch = new Dispatch();
    private final ChangePublisher publisher;
    private final ChangeReceiver receiver;
    private final Thread publishing;
    private final Thread receiving;

    private PostgresChangeFeed(DedicatedConnections connections, String channel, Duration outboxRetention) {
        String origin = HexFormat.of().toHexDigits(new SecureRandom().nextLong());
        this.publisher = new ChangePublisher(connections, channel, origin, outboxRetention, stopping);
        this.receiver = new ChangeReceiver(connections, channel, origin, dispatch, Clock.systemUTC(), stopping);
        this.publishing = daemon(publisher, "forte-change-publisher");
        this.receiving = daemon(receiver, "forte-change-receiver");
    }

    /**
     * Starts publishing and listening over connections from {@code connections}, returning once the node listens.
     *
     * @throws ForteException when the database cannot be reached
     */
    public static PostgresChangeFeed start(DedicatedConnections connections) {
        return start(connections, OUTBOX_RETENTION);
    }

    static PostgresChangeFeed start(DedicatedConnections connections, Duration outboxRetention) {
        PostgresChangeFeed feed = new PostgresChangeFeed(connections, channel(connections), outboxRetention);
        feed.receiving.start();
        feed.publishing.start();
        try {
            if (!feed.receiver.awaitListening(START_TIMEOUT)) {
                feed.close();
                throw new ForteException("The change feed could not LISTEN on the database within "
                        + START_TIMEOUT.toSeconds() + " s (see the warnings above); check that PostgreSQL accepts"
                        + " more connections (each API node holds two besides its pool).");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            feed.close();
            throw new ForteException("Interrupted while starting the change feed.", e);
        }
        return feed;
    }

    @Override
    public void publish(ModelChange change) {
        dispatch.change(change);
        publisher.publish(change);
    }

    @Override
    public Listening listen(Consumer<ModelChange> changes, Consumer<FeedGap> gaps) {
        Registration registration = new Registration(changes, gaps);
        listeners.add(registration);
        return () -> listeners.remove(registration);
    }

    /**
     * Calls {@code forget} whenever API keys were created, changed or deleted by any node or by {@code forte api-key}
     * (see {@link #announceApiKeyChange}), and after the node was without its listening connection, when such news
     * may have been missed; on the receiving thread.
     */
    public void onApiKeysChanged(Runnable forget) {
        apiKeyListeners.add(forget);
    }

    /**
     * Tells every node listening on the schema of {@code connection} that its API keys changed, when the connection's
     * transaction commits (NOTIFY is transactional), so a deleted key is refused and a new one accepted at once.
     */
    static void announceApiKeyChange(Connection connection) throws SQLException {
        String schema;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_schema()")) {
            row.next();
            schema = String.valueOf(row.getString(1));
        }
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, channelFor(schema));
            notify.setString(2, ChangeEnvelope.apiKeysChanged());
            notify.execute();
        }
    }

    /** Returns the backend process id of the listening connection, while connected (for tests that break it). */
    @Nullable Integer listeningBackendPid() {
        return receiver.backendPid();
    }

    /** Returns the backend process id of the publishing connection, while connected (for tests that break it). */
    @Nullable Integer publishingBackendPid() {
        return publisher.backendPid();
    }

    /** Stops listening, sends what is queued (for up to five seconds), and closes both connections. */
    @Override
    public void close() {
        stopping.countDown();
        join(receiving);
        join(publishing);
        listeners.clear();
        apiKeyListeners.clear();
    }

    /** The channel for the connections' schema: the notifications of other schemas in the database never mix in. */
    static String channel(DedicatedConnections connections) {
        try (Connection connection = connections.open(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_schema()")) {
            row.next();
            return channelFor(String.valueOf(row.getString(1)));
        } catch (SQLException e) {
            throw new ForteException("The change feed cannot reach the database: " + e.getMessage()
                    + ". Check that PostgreSQL runs and accepts connections.", e);
        }
    }

    static String channelFor(String schema) {
        String channel = "forte_changes_" + schema;
        if (channel.getBytes(StandardCharsets.UTF_8).length <= MAX_CHANNEL_LENGTH) {
            return channel;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(schema.getBytes(StandardCharsets.UTF_8));
            return "forte_changes_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Names a feed connection in {@code pg_stat_activity.application_name}, e.g. {@code forte listen
     * forte_changes_public}, so an operator sees which connections a node holds and for which schema.
     */
    static void name(Connection connection, String applicationName) throws SQLException {
        connection.setClientInfo("ApplicationName", applicationName);
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void join(Thread thread) {
        try {
            thread.join(STOP_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("{} did not stop within {} s; leaving it to end with the JVM", thread.getName(),
                    STOP_TIMEOUT.toSeconds());
        }
    }

    private record Registration(Consumer<ModelChange> changes, Consumer<FeedGap> gaps) {}

    /**
     * Calls every listener in registration order, one change at a time whichever thread brings it (this node's
     * writers, the receiver); one listener's failure does not stop the others.
     */
    private final class Dispatch implements ChangeReceiver.Sink {
        private final ItemOrder order = new ItemOrder(REMEMBERED_ITEMS);

        @Override
        public synchronized void change(ModelChange change) {
            if (!order.admit(change)) {
                log.debug("Dropped a change of {} {} that arrived after a later one", change.modelName(),
                        change.itemKey());
                return;
            }
            for (Registration listener : listeners) {
                call(() -> listener.changes().accept(change));
            }
        }

        @Override
        public synchronized void gap(FeedGap gap) {
            for (Registration listener : listeners) {
                call(() -> listener.gaps().accept(gap));
            }
        }

        @Override
        public void apiKeysChanged() {
            for (Runnable listener : apiKeyListeners) {
                call(listener);
            }
        }

        private void call(Runnable delivery) {
            try {
                delivery.run();
            } catch (RuntimeException e) {
                log.error("A change feed listener failed; the others still receive the change", e);
            }
        }
    }
}
