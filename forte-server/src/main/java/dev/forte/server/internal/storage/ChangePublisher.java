package dev.forte.server.internal.storage;

import dev.forte.server.internal.events.ModelChange;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued changes as NOTIFYs on a connection of its own, so a writer only queues its change: each round trip
 * carries every change queued meanwhile (one statement in autocommit, packed into as few notifications as hold
 * them, {@code synchronous_commit} off, since a notification needs no disk flush), in sequence order. When changes
 * come faster than the round trips (one already waits as a send begins), it first waits a millisecond to gather
 * more: every notification costs the database and every node's listener, and under createTodo load that wait cut
 * the change feed's CPU by a third. A change too large for a payload goes to the outbox table first, and its
 * notification names the row. Every notification names the node ({@code origin}), which skips it when it comes
 * back. When the database cannot be reached the changes wait in the queue and are sent after
 * reconnecting; when the queue is full, further changes are dropped and counted, and the next send tells every node
 * so.
 */
final class ChangePublisher implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ChangePublisher.class);
    private static final int QUEUE_CAPACITY = 10_000;
    private static final int MAX_BATCH = 500;
    private static final long POLL_MILLIS = 200;
    private static final Duration LINGER_WHEN_BACKLOGGED = Duration.ofMillis(1);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final DedicatedConnections connections;
    private final String channel;
    private final String origin;
    private final Duration outboxRetention;
    private final CountDownLatch stopping;
    private final BlockingQueue<ModelChange> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private @Nullable Connection connection;
    private volatile @Nullable Integer backendPid;
    private long nextCleanupNanos = System.nanoTime();

    ChangePublisher(DedicatedConnections connections, String channel, String origin, Duration outboxRetention,
            CountDownLatch stopping) {
        this.connections = connections;
        this.channel = channel;
        this.origin = origin;
        this.outboxRetention = outboxRetention;
        this.stopping = stopping;
    }

    /** Queues {@code change}; never blocks. */
    void publish(ModelChange change) {
        if (!queue.offer(change) && dropped.getAndIncrement() == 0) {
            log.warn("The change feed's queue is full ({} changes): the database does not take NOTIFYs fast enough;"
                    + " changes are dropped and every node is told so once it is back.", QUEUE_CAPACITY);
        }
    }

    @Override
    public void run() {
        try {
            while (!isStopping() || !queue.isEmpty()) {
                List<ModelChange> batch = nextBatch();
                if (!batch.isEmpty()) {
                    sendUntilDone(batch);
                }
                cleanUpWhenDue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            disconnect();
        }
    }

    /** The changes to send next; empty after a poll interval without any. */
    private List<ModelChange> nextBatch() throws InterruptedException {
        ModelChange first = queue.poll();
        if (first != null) {
            TimeUnit.NANOSECONDS.sleep(LINGER_WHEN_BACKLOGGED.toNanos());
        } else {
            first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (first == null) {
                return List.of();
            }
        }
        List<ModelChange> batch = new ArrayList<>(List.of(first));
        queue.drainTo(batch, MAX_BATCH - 1);
        return batch;
    }

    private void sendUntilDone(List<ModelChange> batch) throws InterruptedException {
        Duration retry = FIRST_RETRY;
        boolean warned = false;
        while (true) {
            try {
                send(batch);
                if (warned) {
                    log.info("The change feed publishes again.");
                }
                return;
            } catch (RuntimeException e) {
                disconnect();
                dropped.addAndGet(batch.size());
                log.error("The change feed could not encode {} changes; they are dropped and every node is told so.",
                        batch.size(), e);
                return;
            } catch (SQLException e) {
                disconnect();
                if (isStopping()) {
                    log.warn("{} changes were not published before this node stopped: {}", batch.size(),
                            e.getMessage());
                    return;
                }
                if (!warned) {
                    log.warn("The change feed cannot publish ({}); retrying, {} changes wait.", e.getMessage(),
                            batch.size() + queue.size());
                    warned = true;
                }
                stopping.await(retry.toMillis(), TimeUnit.MILLISECONDS);
                retry = min(retry.multipliedBy(2), LAST_RETRY);
            }
        }
    }

    // One statement in autocommit, one round trip: the notifications go out when it commits. A large change's
    // outbox row commits first, so no node can read a reference before its row; when the NOTIFY then fails, the
    // retry writes a new row and the old one is removed with the others after the retention.
    private void send(List<ModelChange> batch) throws SQLException {
        Connection connection = connected();
        List<String> payloads = new ArrayList<>();
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            payloads.add(ChangeEnvelope.gap("An API node dropped " + lost + " changes: its change queue was full."));
        }
        batch.sort(Comparator.comparingLong(ModelChange::sequence));
        try {
            for (ModelChange change : batch) {
                payloads.add(payload(connection, change));
            }
            notify(connection, ChangeEnvelope.pack(origin, payloads));
        } catch (SQLException | RuntimeException e) {
            dropped.addAndGet(lost);
            throw e;
        }
    }

    private String payload(Connection connection, ModelChange change) throws SQLException {
        String payload = ChangeEnvelope.change(change);
        if (ChangeEnvelope.fitsNotify(payload)) {
            return payload;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + MetaTables.CHANGE_OUTBOX + " (payload) VALUES (?) RETURNING id")) {
            insert.setString(1, payload);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return ChangeEnvelope.reference(change, row.getLong(1));
            }
        }
    }

    /** One statement for the whole batch; the function scan calls pg_notify in array order. */
    private void notify(Connection connection, List<String> payloads) throws SQLException {
        Array array = connection.createArrayOf("text", payloads.toArray());
        try (PreparedStatement notify = connection.prepareStatement(
                "SELECT count(pg_notify(?, payload)) FROM unnest(?::text[]) AS payload")) {
            notify.setString(1, channel);
            notify.setArray(2, array);
            notify.executeQuery().close();
        } finally {
            array.free();
        }
    }

    private void cleanUpWhenDue() {
        if (System.nanoTime() - nextCleanupNanos < 0) {
            return;
        }
        nextCleanupNanos = System.nanoTime() + CLEANUP_INTERVAL.toNanos();
        try {
            int removed = removeOutboxRowsOlderThan(outboxRetention);
            log.debug("Removed {} outbox rows older than {}", removed, outboxRetention);
        } catch (SQLException e) {
            disconnect();
            log.debug("Outbox cleanup failed, retried in {}: {}", CLEANUP_INTERVAL, e.getMessage());
        }
    }

    /** Deletes the outbox rows older than {@code age}; every node does it, which is harmless. */
    int removeOutboxRowsOlderThan(Duration age) throws SQLException {
        try (PreparedStatement delete = connected().prepareStatement("DELETE FROM " + MetaTables.CHANGE_OUTBOX
                + " WHERE created_at < now() - make_interval(secs => ?)")) {
            delete.setDouble(1, age.toMillis() / 1000.0);
            return delete.executeUpdate();
        }
    }

    private Connection connected() throws SQLException {
        if (connection == null) {
            Connection opened = connections.open();
            try (Statement statement = opened.createStatement()) {
                statement.execute("SET synchronous_commit TO off");
                PostgresChangeFeed.name(opened, "forte notify " + channel);
            } catch (SQLException e) {
                opened.close();
                throw e;
            }
            connection = opened;
            backendPid = opened.unwrap(PGConnection.class).getBackendPID();
        }
        return connection;
    }

    @Nullable Integer backendPid() {
        return backendPid;
    }

    private void disconnect() {
        backendPid = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the publishing connection failed: {}", e.getMessage());
            }
            connection = null;
        }
    }

    private boolean isStopping() {
        return stopping.getCount() == 0;
    }

    static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
