package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.forte.server.internal.events.ModelChange;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class PostgresChangeFeedTest {
    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    /** The node that publishes, in most tests. */
    PostgresChangeFeed feed;
    /** Another API node on the same schema: what it receives came through PostgreSQL. */
    PostgresChangeFeed otherNode;

    @BeforeEach
    void startFeeds() {
        schema = database.newSchema();
        new ModelTableMigrator(schema.dataSource()).migrate(TestSchemas.schema(TestSchemas.todo()), false);
        feed = PostgresChangeFeed.start(schema.dedicatedConnections());
        otherNode = PostgresChangeFeed.start(schema.dedicatedConnections());
    }

    @AfterEach
    void stopFeeds() {
        otherNode.close();
        feed.close();
        schema.close();
    }

    static ModelChange change(String mutation, String id, long sequence, Object... fieldsAndValues) {
        Map<String, @Nullable Object> item = new LinkedHashMap<>();
        item.put("id", id);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            item.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return new ModelChange(mutation, "Todo", item, id.length() + ":" + id, sequence);
    }

    @Test
    void deliversPublishedChangesWholeAndInOrder() throws Exception {
        ReceivedChanges received = new ReceivedChanges(otherNode);
        ModelChange created = change("createTodo", "t1", 1, "name", "first", "priority", 3, "done", false,
                "rating", 4.5, "tags", List.of("a", "b"), "address", Map.of("city", "Zürich"), "description", null);
        ModelChange updated = change("updateTodo", "t1", 2, "name", "second");
        ModelChange other = change("createTodo", "t2", 3, "name", "other");

        feed.publish(created);
        feed.publish(updated);
        feed.publish(other);

        assertThat(List.of(received.next(), received.next(), received.next())).containsExactly(created, updated, other);
    }

    @Test
    void deliversABurstOfChangesPackedIntoFewNotificationsInOrder() throws Exception {
        ReceivedChanges received = new ReceivedChanges(otherNode);
        List<ModelChange> published = publishCreates("burst-", 100, 300, 0);

        List<ModelChange> delivered = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            delivered.add(received.next());
        }
        assertThat(delivered).containsExactlyElementsOf(published);
    }

    @Test
    void deliversAStreamFasterThanItsRoundTripsWholeAndInOrder() throws Exception {
        ReceivedChanges received = new ReceivedChanges(otherNode);
        List<ModelChange> published = publishCreates("stream-", 1_000, 2_000, 50_000);

        // paced like a busy API, the stream keeps the publisher behind, so it gathers changes before each send
        assertThat(received.until(change -> change.sequence() == 2_999)).containsExactlyElementsOf(published);
    }

    /** Publishes {@code count} creates with sequences from {@code firstSequence}, {@code pauseNanos} apart. */
    private List<ModelChange> publishCreates(String idPrefix, long firstSequence, int count, long pauseNanos) {
        List<ModelChange> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ModelChange change = change("createTodo", idPrefix + i, firstSequence + i, "name", "todo " + i);
            published.add(change);
            feed.publish(change);
            if (pauseNanos > 0) {
                LockSupport.parkNanos(pauseNanos);
            }
        }
        return published;
    }

    @Test
    void everyListenerReceivesEveryChangeAndAClosedOneNoMore() throws Exception {
        ReceivedChanges first = new ReceivedChanges(feed);
        ReceivedChanges second = new ReceivedChanges(feed);
        feed.publish(change("createTodo", "t1", 1));
        assertThat(first.next().itemKey()).isEqualTo("2:t1");
        assertThat(second.next().itemKey()).isEqualTo("2:t1");

        first.listening.close();
        feed.publish(change("createTodo", "t2", 2));

        assertThat(second.next().itemKey()).isEqualTo("2:t2");
        assertThat(first.changes).isEmpty();
    }

    @Test
    void carriesChangesTooLargeForANotificationThroughTheOutbox() throws Exception {
        ReceivedChanges received = new ReceivedChanges(otherNode);
        ModelChange large = change("createTodo", "big", 1, "description", "ä".repeat(6_000));
        ModelChange small = change("createTodo", "small", 2, "name", "after the large one");
        assertThat(ChangeEnvelope.fitsNotify(ChangeEnvelope.change(large))).isFalse();

        feed.publish(large);
        feed.publish(small);

        assertThat(received.next()).isEqualTo(large);
        assertThat(received.next()).isEqualTo(small);
        assertThat(count("SELECT count(*) FROM forte_change_outbox")).isEqualTo(1);
    }

    @Test
    void removesOutboxRowsOlderThanTheRetention() throws Exception {
        schema.execute("INSERT INTO forte_change_outbox (created_at, payload) VALUES"
                + " (now() - interval '11 minutes', 'old'), (now() - interval '1 minute', 'recent')");
        ChangePublisher publisher = new ChangePublisher(schema.dedicatedConnections(), "unused", "0".repeat(16),
                PostgresChangeFeed.OUTBOX_RETENTION, new CountDownLatch(1));

        assertThat(publisher.removeOutboxRowsOlderThan(PostgresChangeFeed.OUTBOX_RETENTION)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM forte_change_outbox WHERE payload = 'recent'")).isEqualTo(1);
    }

    @Test
    void feedsOnOneSchemaSeeEachOthersChanges() throws Exception {
        ReceivedChanges here = new ReceivedChanges(feed);
        ReceivedChanges there = new ReceivedChanges(otherNode);

        otherNode.publish(change("createTodo", "from-there", 1));
        feed.publish(change("createTodo", "from-here", 2));

        assertThat(List.of(here.next(), here.next())).extracting(ModelChange::itemKey)
                .containsExactlyInAnyOrder("10:from-there", "9:from-here");
        assertThat(List.of(there.next(), there.next())).extracting(ModelChange::itemKey)
                .containsExactlyInAnyOrder("10:from-there", "9:from-here");
    }

    @Test
    void aNodeDeliversItsOwnChangesAsItPublishesThemAndOnlyOnce() throws Exception {
        ReceivedChanges here = new ReceivedChanges(feed);
        ReceivedChanges there = new ReceivedChanges(otherNode);
        ModelChange own = change("createTodo", "own", 1);

        feed.publish(own);

        assertThat(here.changes).containsExactly(own);
        here.changes.clear();
        assertThat(there.next()).isEqualTo(own);
        // the other node's NOTIFY commits after this node's, so this node reads its own notification first
        ModelChange marker = change("createTodo", "marker", 2);
        otherNode.publish(marker);
        assertThat(here.next()).isEqualTo(marker);
        assertThat(here.changes).isEmpty();
    }

    @Test
    void feedsOfOtherSchemasDoNotMixIn() throws Exception {
        try (TestDatabases.Schema otherSchema = database.newSchema()) {
            new ModelTableMigrator(otherSchema.dataSource()).migrate(TestSchemas.schema(TestSchemas.todo()), false);
            try (PostgresChangeFeed otherApi = PostgresChangeFeed.start(otherSchema.dedicatedConnections());
                    PostgresChangeFeed otherApiNode = PostgresChangeFeed.start(otherSchema.dedicatedConnections())) {
                ReceivedChanges here = new ReceivedChanges(otherNode);
                ReceivedChanges otherApiReceived = new ReceivedChanges(otherApiNode);

                otherApi.publish(change("createTodo", "elsewhere", 1));
                otherApiReceived.next();
                feed.publish(change("createTodo", "here", 1));

                assertThat(here.next().itemKey()).isEqualTo("4:here");
                assertThat(here.changes).isEmpty();
            }
        }
    }

    @Test
    void dropsAChangeThatArrivesAfterALaterChangeOfTheSameItem() throws Exception {
        ReceivedChanges received = new ReceivedChanges(otherNode);
        feed.publish(change("updateTodo", "t1", 5, "name", "newer"));
        received.next();

        feed.publish(change("updateTodo", "t1", 4, "name", "older"));
        feed.publish(change("updateTodo", "t2", 1, "name", "marker"));

        assertThat(received.next().item()).containsEntry("name", "marker");
    }

    @Test
    void reconnectsAfterLosingItsConnectionSaysSoAndTellsListenersChangesMayBeMissed() throws Exception {
        ReceivedChanges received = new ReceivedChanges(feed);
        Integer listener = feed.listeningBackendPid();
        assertThat(listener).isNotNull();
        Logger receiverLog = (Logger) LoggerFactory.getLogger(ChangeReceiver.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        receiverLog.addAppender(logged);
        try {
            schema.execute("SELECT pg_terminate_backend(" + listener + ")");

            assertThat(received.nextGap().reason()).contains("lost its database connection");
            assertThat(received.nextGap().reason()).contains("changes made meanwhile were missed");
        } finally {
            receiverLog.detachAppender(logged);
        }
        assertThat(logged.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
                .anySatisfy(event -> assertThat(event.toList()).first().isEqualTo(Level.WARN))
                .anySatisfy(event -> assertThat(event.toList().get(1).toString()).contains("listening again"));
        Integer relistened = feed.listeningBackendPid();
        assertThat(relistened).isNotNull().isNotEqualTo(listener);
        assertThat(count("SELECT count(*) FROM pg_stat_activity WHERE pid = " + relistened + " AND application_name = '"
                + "forte listen " + PostgresChangeFeed.channelFor(schema.name()) + "'")).isEqualTo(1);
        otherNode.publish(change("createTodo", "after-reconnect", 1));
        assertThat(received.next().itemKey()).isEqualTo("15:after-reconnect");
    }

    @Test
    void publishesAgainAfterItsPublishingConnectionWasTerminated() throws Exception {
        ReceivedChanges received = new ReceivedChanges(otherNode);
        feed.publish(change("createTodo", "before", 1));
        received.next();

        Integer publisher = feed.publishingBackendPid();
        assertThat(publisher).isNotNull();
        assertThat(count("SELECT count(pg_terminate_backend(" + publisher + "))")).isEqualTo(1);
        feed.publish(change("createTodo", "after", 2));

        assertThat(received.next().itemKey()).isEqualTo("5:after");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = schema.dataSource().getConnection();
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
