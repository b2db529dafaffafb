package dev.forte.bench;

import dev.forte.backend.DataDefinition;
import dev.forte.examples.todo.TodoBackend;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.ModelChange;
import dev.forte.server.internal.execution.GraphqlEngine;
import dev.forte.server.internal.execution.GraphqlRequest;
import dev.forte.server.internal.execution.GraphqlResponse;
import dev.forte.server.internal.storage.ModelTableMigrator;
import dev.forte.server.internal.storage.PostgresChangeFeed;
import dev.forte.server.internal.storage.PostgresDatabase;
import dev.forte.server.internal.storage.PostgresModelStore;
import dev.forte.transform.AppSyncTransform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * What the change feed costs a write: {@code createTodo} through the GraphQL engine and the PostgreSQL store
 * (no HTTP), with the feed publishing every committed write, versus a feed that drops them, versus the writer
 * sending its own NOTIFY after the commit, in alternating rounds on one database; and the feed's
 * publish-to-delivery latency at this node's listener.
 *
 * <p>{@code ChangeFeedCost [JDBC_URL] [seconds per round] [threads] [rounds]}: without a URL an embedded PostgreSQL in a
 * temporary directory (fsync on, as Forte runs it). Prints one line per round and a summary; asserts nothing.
 */
public final class ChangeFeedCost {
    private static final String CREATE = "mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id } }";

    private ChangeFeedCost() {}

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path directory = Files.createTempDirectory("forte-feed-cost");
        DataDefinition data = new TodoBackend().define().data();
        try (PostgresDatabase database = PostgresDatabase.start(directory, url)) {
            new ModelTableMigrator(database.dataSource()).migrate(data.schema(), false);
            try (PostgresChangeFeed feed = PostgresChangeFeed.start(database.dedicatedConnections())) {
                measure(data, database, feed, seconds, threads, rounds);
            }
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void measure(DataDefinition data, PostgresDatabase database, PostgresChangeFeed feed, int seconds,
            int threads, int rounds) throws Exception {
        PostgresModelStore store = PostgresModelStore.open(database.dataSource(), data.schema());
        TimedFeed timed = new TimedFeed(feed);
        GraphqlEngine publishing = engine(data, store, timed);
        GraphqlEngine silent = engine(data, store, new DroppingFeed());
        GraphqlEngine waiting = engine(data, store, new WaitingFeed(database));
        run(silent, threads, 3);
        run(publishing, threads, 3);
        List<Double> withFeed = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        List<Double> withWaiting = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            without.add(report("without feed", run(silent, threads, seconds)));
            withFeed.add(report("with feed", run(publishing, threads, seconds)));
            withWaiting.add(report("writer NOTIFY", run(waiting, threads, seconds)));
        }
        System.out.printf("createTodo/s median: without feed %.0f, with feed %.0f (ratio %.2f), writer's own NOTIFY"
                + " after commit %.0f (ratio %.2f); %d threads, %s PostgreSQL%n", median(without), median(withFeed),
                median(withFeed) / median(without), median(withWaiting), median(withWaiting) / median(without),
                threads, database.isEmbedded() ? "embedded" : "external");
        timed.printLatency();
    }

    private static GraphqlEngine engine(DataDefinition data, PostgresModelStore store, ChangeFeed feed) {
        return GraphqlEngine.newEngine().transform(AppSyncTransform.transform(data)).schema(data.schema())
                .store(store).changeFeed(feed).defaultMode(AuthMode.API_KEY).build();
    }

    private static double run(GraphqlEngine engine, int threads, int seconds) throws Exception {
        LongAdder done = new LongAdder();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                writers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        GraphqlResponse response = engine.execute(new GraphqlRequest(CREATE,
                                Map.of("input", Map.of("name", "cost")), null), RequestIdentity.apiKey());
                        if (response.body().get("errors") != null) {
                            throw new IllegalStateException("createTodo failed: " + response.body());
                        }
                        done.increment();
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.sum() / (double) seconds;
    }

    private static double report(String what, double perSecond) {
        System.out.printf("%-13s %8.0f createTodo/s%n", what, perSecond);
        return perSecond;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteQuietly(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** The baseline: a feed that drops what is published. */
    private static final class DroppingFeed implements ChangeFeed {
        @Override
        public void publish(ModelChange change) {}

        @Override
        public Listening listen(Consumer<ModelChange> changes, Consumer<FeedGap> gaps) {
            return () -> {};
        }

        @Override
        public void close() {}
    }

    /**
     * The design not taken: the writer itself sends {@code pg_notify} on a pooled connection after its commit, one
     * more round trip (and transaction) per write. Nobody listens on its channel.
     */
    private static final class WaitingFeed implements ChangeFeed {
        private final PostgresDatabase database;

        WaitingFeed(PostgresDatabase database) {
            this.database = database;
        }

        @Override
        public void publish(ModelChange change) {
            try (Connection connection = database.dataSource().getConnection();
                    PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, "forte_feed_cost_unheard");
                notify.setString(2, change.modelName() + " " + change.itemKey() + " " + change.item());
                notify.executeQuery().close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Listening listen(Consumer<ModelChange> changes, Consumer<FeedGap> gaps) {
            return () -> {};
        }

        @Override
        public void close() {}
    }

    /** Measures publish-to-delivery at this node's own listener. */
    private static final class TimedFeed implements ChangeFeed {
        private final ChangeFeed feed;
        private final Map<String, Long> publishedAt = new ConcurrentHashMap<>();
        private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

        TimedFeed(ChangeFeed feed) {
            this.feed = feed;
            feed.listen(change -> {
                Long start = publishedAt.remove(change.itemKey());
                if (start != null) {
                    latencies.add(System.nanoTime() - start);
                }
            });
        }

        @Override
        public void publish(ModelChange change) {
            publishedAt.put(change.itemKey(), System.nanoTime());
            feed.publish(change);
        }

        @Override
        public Listening listen(Consumer<ModelChange> changes, Consumer<FeedGap> gaps) {
            return feed.listen(changes, gaps);
        }

        void printLatency() {
            List<Long> sorted;
            synchronized (latencies) {
                sorted = new ArrayList<>(latencies);
            }
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                System.out.println("no change was delivered");
                return;
            }
            System.out.printf("publish-to-delivery at this node: %d changes, p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                    + " %d published but not delivered%n", sorted.size(), ms(sorted, 0.50), ms(sorted, 0.99),
                    ms(sorted, 1.0), publishedAt.size());
        }

        private static double ms(List<Long> sorted, double quantile) {
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1e6;
        }

        @Override
        public void close() {}
    }
}
