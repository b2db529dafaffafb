package dev.forte.server.internal.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.DataDefinition;
import dev.forte.server.e2e.TestBackends;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.auth.FunctionPrincipal;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.InProcessChangeFeed;
import dev.forte.server.internal.events.ModelChange;
import dev.forte.server.internal.execution.GraphqlEngine;
import dev.forte.server.internal.execution.GraphqlRequest;
import dev.forte.server.internal.execution.RealtimeExecution;
import dev.forte.server.internal.execution.SubscriptionPlan;
import dev.forte.server.internal.execution.SubscriptionStart;
import dev.forte.server.internal.storage.ListQuery;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.server.internal.storage.Page;
import dev.forte.server.internal.storage.WrittenItem;
import dev.forte.schema.ResourceOperation;
import dev.forte.transform.AppSyncTransform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fan-out from a feed to subscriptions, over the real engine and an in-process feed. */
class SubscriptionFanoutTest {
    private static final String ON_CREATE = "subscription S($filter: ModelSubscriptionTodoFilterInput) "
            + "{ onCreateTodo(filter: $filter) { id name priority } }";
    private final InProcessChangeFeed feed = new InProcessChangeFeed();
    private final RealtimeExecution execution = engine().realtime();
    private final SubscriptionFanout fanout = new SubscriptionFanout(feed, execution,
            new RealtimeMessages(new ObjectMapper()));
    private final BlockingQueue<String> delivered = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        fanout.close();
    }

    @Test
    void deliversTheItemShapedToTheSelectionSet() throws Exception {
        register("all", plan(ON_CREATE, Map.of()));

        feed.publish(change("createTodo", "t1", "first", 5));

        assertThat(next()).isEqualTo("all {\"data\":{\"onCreateTodo\":{\"id\":\"t1\",\"name\":\"first\",\"priority\":5}}}");
    }

    @Test
    void deliversOnlyMatchingItemsInFeedOrder() throws Exception {
        register("high", plan(ON_CREATE, Map.of("filter", Map.of("priority", Map.of("eq", 5)))));

        feed.publish(change("createTodo", "t1", "low", 1));
        feed.publish(change("createTodo", "t2", "high", 5));
        feed.publish(change("createTodo", "t3", "high again", 5));

        assertThat(next()).contains("\"id\":\"t2\"");
        assertThat(next()).contains("\"id\":\"t3\"");
        assertThat(delivered.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void ignoresMutationsTheSubscriptionDoesNotList() throws Exception {
        register("creates", plan(ON_CREATE, Map.of()));

        feed.publish(change("updateTodo", "t1", "updated", 1));
        feed.publish(change("createTodo", "t2", "created", 1));

        assertThat(next()).contains("\"id\":\"t2\"");
    }

    @Test
    void stopsDeliveringAfterUnregister() throws Exception {
        SubscriptionFanout.Registration registration = register("gone", plan(ON_CREATE, Map.of()));
        fanout.unregister(registration);
        register("kept", plan(ON_CREATE, Map.of()));

        feed.publish(change("createTodo", "t1", "after", 1));

        assertThat(next()).startsWith("kept ");
        assertThat(delivered.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aGapEndsEverySubscriptionWithoutFurtherDeliveries() throws Exception {
        register("a", plan(ON_CREATE, Map.of()));
        register("b", plan("subscription { onUpdateTodo { id } }", Map.of()));

        feed.gap(new FeedGap("the database connection was lost", java.time.Instant.now()));
        feed.publish(change("createTodo", "t1", "after the gap", 1));

        assertThat(java.util.List.of(next(), next())).containsExactlyInAnyOrder(
                "a interrupted: the database connection was lost", "b interrupted: the database connection was lost");
        assertThat(delivered.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void everySubscriberOfEveryLaneGetsTheChangesInFeedOrder() throws Exception {
        Map<Integer, BlockingQueue<String>> byConnection = new ConcurrentHashMap<>();
        try (SubscriptionFanout lanes = new SubscriptionFanout(feed, execution,
                new RealtimeMessages(new ObjectMapper()), 3)) {
            for (int connection = 0; connection < 30; connection++) {
                BlockingQueue<String> received = new LinkedBlockingQueue<>();
                byConnection.put(connection, received);
                lanes.register(recordingInto(received), "s" + connection, plan(ON_CREATE, Map.of()));
            }

            for (int change = 0; change < 20; change++) {
                feed.publish(change("createTodo", "t" + change, "todo " + change, 1));
            }

            for (BlockingQueue<String> received : byConnection.values()) {
                for (int change = 0; change < 20; change++) {
                    assertThat(received.poll(10, TimeUnit.SECONDS)).contains("\"id\":\"t" + change + "\"");
                }
            }
        }
    }

    @Test
    void refusesAFunctionWithoutListenAtStart() {
        RequestIdentity reader = RequestIdentity.function(new FunctionPrincipal("reader", Set.of(ResourceOperation.QUERY)));

        SubscriptionStart start = execution.start(new GraphqlRequest(ON_CREATE, Map.of(), null), reader);

        assertThat(start).isEqualTo(SubscriptionStart.Refused.of("Unauthorized",
                "Not Authorized to access onCreateTodo on type Subscription"));
    }

    private SubscriptionFanout.Registration register(String id, SubscriptionPlan plan) {
        return fanout.register(recordingInto(delivered), id, plan);
    }

    private static SubscriptionFanout.Subscriber recordingInto(BlockingQueue<String> received) {
        return new SubscriptionFanout.Subscriber() {
            @Override
            public void deliver(SubscriptionFanout.Registration registration, String payload) {
                received.add(registration.id() + " " + payload);
            }

            @Override
            public void interrupt(SubscriptionFanout.Registration registration, FeedGap gap) {
                received.add(registration.id() + " interrupted: " + gap.reason());
            }
        };
    }

    private SubscriptionPlan plan(String query, Map<String, @Nullable Object> variables) {
        SubscriptionStart start = execution.start(new GraphqlRequest(query, variables, null), RequestIdentity.apiKey());
        assertThat(start).isInstanceOf(SubscriptionStart.Accepted.class);
        return ((SubscriptionStart.Accepted) start).plan();
    }

    private String next() throws InterruptedException {
        String message = delivered.poll(10, TimeUnit.SECONDS);
        assertThat(message).as("a delivery within 10 s").isNotNull();
        return message;
    }

    private static ModelChange change(String mutation, String id, String name, int priority) {
        Map<String, @Nullable Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("name", name);
        item.put("priority", priority);
        item.put("createdAt", "2026-11-26T00:00:00.000Z");
        item.put("updatedAt", "2026-11-26T00:00:00.000Z");
        return new ModelChange(mutation, "Todo", item);
    }

    private static GraphqlEngine engine() {
        DataDefinition data = TestBackends.todo().data();
        return GraphqlEngine.newEngine().transform(AppSyncTransform.transform(data)).schema(data.schema())
                .store(new UnusedStore()).changeFeed(new InProcessChangeFeed()).defaultMode(AuthMode.API_KEY).build();
    }

    /** Subscriptions never read the store: the item comes from the change. */
    private static final class UnusedStore implements ModelStore {
        @Override
        public Optional<Map<String, Object>> get(String model, Map<String, Object> key) {
            throw new AssertionError("subscriptions do not read the store");
        }

        @Override
        public Page list(ListQuery query) {
            throw new AssertionError("subscriptions do not read the store");
        }

        @Override
        public WrittenItem create(String model, Map<String, Object> item, @Nullable Map<String, Object> c) {
            throw new AssertionError("subscriptions do not write");
        }

        @Override
        public WrittenItem update(String model, Map<String, Object> changes, @Nullable Map<String, Object> c) {
            throw new AssertionError("subscriptions do not write");
        }

        @Override
        public WrittenItem delete(String model, Map<String, Object> key, @Nullable Map<String, Object> c) {
            throw new AssertionError("subscriptions do not write");
        }
    }
}
