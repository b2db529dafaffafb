package dev.forte.server.internal.storage;

import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.ModelChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the feed's channel on a connection of its own and hands each change of the other nodes to the sink in
 * the order PostgreSQL delivered it, reading outbox rows on the same connection so large changes keep their place;
 * the node's own notifications ({@code origin}) are skipped unread, since it delivered them as it published. When the
 * connection breaks it warns, tells the sink changes may be missed, reconnects with backoff, says when it is back
 * and tells the sink again (for listeners that registered meanwhile).
 */
final class ChangeReceiver implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ChangeReceiver.class);
    private static final int POLL_MILLIS = 250;
    /** After this long without a notification the connection is probed, so a dead one is noticed. */
    private static final Duration PROBE_AFTER = Duration.ofSeconds(10);
    private static final int PROBE_TIMEOUT_SECONDS = 5;
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    /** Where received changes and gaps go, on the receiving thread. */
    interface Sink {
        void change(ModelChange change);

        void gap(FeedGap gap);

        /** API keys were created, changed or deleted, or notifications of such changes may have been missed. */
        void apiKeysChanged();
    }

    private final DedicatedConnections connections;
    private final String channel;
    private final String origin;
    private final Sink sink;
    private final Clock clock;
    private final CountDownLatch stopping;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile @Nullable Integer backendPid;

    ChangeReceiver(DedicatedConnections connections, String channel, String origin, Sink sink, Clock clock,
            CountDownLatch stopping) {
        this.connections = connections;
        this.channel = channel;
        this.origin = origin;
        this.sink = sink;
        this.clock = clock;
        this.stopping = stopping;
    }

    /** Waits until the receiver listens for the first time; false when it did not within {@code timeout}. */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Returns the PostgreSQL backend process of the listening connection, while there is one (for tests). */
    @Nullable Integer backendPid() {
        return backendPid;
    }

    @Override
    public void run() {
        Duration retry = FIRST_RETRY;
        @Nullable Instant lostAt = null;
        while (!isStopping()) {
            try (Connection connection = connections.open()) {
                listen(connection);
                if (lostAt != null) {
                    back(lostAt);
                    lostAt = null;
                    retry = FIRST_RETRY;
                }
                listening.countDown();
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                backendPid = null;
                if (isStopping()) {
                    return;
                }
                if (lostAt == null) {
                    lostAt = lost(e);
                } else {
                    log.debug("The change feed still cannot reach the database: {}", e.getMessage());
                }
                try {
                    stopping.await(retry.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                retry = ChangePublisher.min(retry.multipliedBy(2), LAST_RETRY);
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN \"" + channel.replace("\"", "\"\"") + "\"");
        }
        PostgresChangeFeed.name(connection, "forte listen " + channel);
        backendPid = connection.unwrap(PGConnection.class).getBackendPID();
    }

    private Instant lost(Exception e) {
        Instant now = clock.instant();
        if (listening.getCount() > 0) {
            log.warn("The change feed cannot listen yet ({}); retrying.", e.getMessage());
            return now;
        }
        log.warn("The change feed lost its database connection ({}): this node receives no changes until it"
                + " reconnects; retrying with backoff, and real-time subscribers are told changes may be missed.",
                e.getMessage());
        sink.gap(new FeedGap("This API node lost its database connection: changes may be missed until it"
                + " reconnects.", now));
        return now;
    }

    private void back(Instant lostAt) {
        Instant now = clock.instant();
        log.info("The change feed is listening again after {} ms without a database connection; changes made"
                + " meanwhile were not received.", Duration.between(lostAt, now).toMillis());
        sink.gap(new FeedGap("This API node was without its database connection from " + lostAt + " to " + now
                + ": changes made meanwhile were missed.", now));
        sink.apiKeysChanged();
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (!isStopping()) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    deliver(connection, notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > PROBE_AFTER.toNanos()) {
                if (!connection.isValid(PROBE_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void deliver(Connection connection, String payload) throws SQLException {
        if (ChangeEnvelope.isFrom(payload, origin)) {
            return;
        }
        List<ChangeEnvelope> envelopes = ChangeEnvelope.parseAll(payload);
        if (envelopes.isEmpty()) {
            log.debug("Ignored a notification that is not a Forte change: {}", payload);
        }
        for (ChangeEnvelope envelope : envelopes) {
            deliverEnvelope(connection, envelope);
        }
    }

    private void deliverEnvelope(Connection connection, ChangeEnvelope envelope) throws SQLException {
        if (envelope instanceof ChangeEnvelope.Change change) {
            sink.change(change.change());
        } else if (envelope instanceof ChangeEnvelope.Reference reference) {
            deliver(connection, reference);
        } else if (envelope instanceof ChangeEnvelope.Gap gap) {
            log.warn("Changes were lost: {}", gap.reason());
            sink.gap(new FeedGap(gap.reason(), clock.instant()));
        } else if (envelope instanceof ChangeEnvelope.ApiKeysChanged) {
            sink.apiKeysChanged();
        }
    }

    private void deliver(Connection connection, ChangeEnvelope.Reference reference) throws SQLException {
        @Nullable String payload = readOutbox(connection, reference.outboxId());
        if (payload != null && ChangeEnvelope.parse(payload) instanceof ChangeEnvelope.Change change) {
            sink.change(change.change());
            return;
        }
        log.warn("Outbox row {} of a large change is gone; its subscribers are told a change was missed.",
                reference.outboxId());
        sink.gap(new FeedGap("A large change was removed from " + MetaTables.CHANGE_OUTBOX
                + " before this node read it.", clock.instant()));
    }

    private static @Nullable String readOutbox(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT payload FROM " + MetaTables.CHANGE_OUTBOX + " WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private boolean isStopping() {
        return stopping.getCount() == 0;
    }
}
