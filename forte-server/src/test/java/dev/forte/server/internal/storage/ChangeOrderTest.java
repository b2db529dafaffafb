package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.server.internal.events.ModelChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The order in which concurrent writers' changes arrive, on two feeds over one schema (two API nodes). Writes are
 * published as the mutation resolvers do: after the store call returned, with the write's sequence.
 */
@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class ChangeOrderTest {
    private static final int WRITERS_PER_NODE = 3;
    private static final int UPDATES = 150;

    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    PostgresModelStore store;
    PostgresChangeFeed nodeA;
    PostgresChangeFeed nodeB;

    @BeforeEach
    void startTwoNodes() {
        schema = database.newSchema();
        new ModelTableMigrator(schema.dataSource()).migrate(TestSchemas.schema(TestSchemas.todo()), false);
        store = PostgresModelStore.open(schema.dataSource(), TestSchemas.schema(TestSchemas.todo()));
        nodeA = PostgresChangeFeed.start(schema.dedicatedConnections());
        nodeB = PostgresChangeFeed.start(schema.dedicatedConnections());
    }

    @AfterEach
    void stopNodes() {
        nodeA.close();
        nodeB.close();
        schema.close();
    }

    /**
     * Writers on both nodes race to increment one item's priority, each with the condition that it still has the
     * value they read: the successful updates form the chain 0, 1, 2, ... in commit order, so every listener must
     * see the priorities rising, ending at the last one.
     */
    @Test
    void updatesOfOneItemReachEveryNodeInCommitOrder() throws Exception {
        publish(nodeA, "createTodo", store.create("Todo", Map.of("id", "counter", "priority", 0), null));
        ReceivedChanges onA = new ReceivedChanges(nodeA);
        ReceivedChanges onB = new ReceivedChanges(nodeB);

        ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_NODE);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS_PER_NODE; i++) {
                results.add(writers.submit(() -> incrementUntilDone(nodeA)));
                results.add(writers.submit(() -> incrementUntilDone(nodeB)));
            }
            int committed = 0;
            for (Future<Integer> result : results) {
                committed += result.get(5, TimeUnit.MINUTES);
            }
            assertThat(committed).isEqualTo(UPDATES);
        } finally {
            writers.shutdownNow();
        }

        for (ReceivedChanges received : List.of(onA, onB)) {
            List<Integer> priorities = received.until(change -> priority(change) == UPDATES).stream()
                    .map(ChangeOrderTest::priority).toList();
            assertThat(priorities).isSorted().doesNotHaveDuplicates().last().isEqualTo(UPDATES);
        }
    }

    /** One writer's commits, each on a different item, arrive at every node in the order they committed. */
    @Test
    void oneWritersChangesOfManyItemsArriveInCommitOrder() throws Exception {
        ReceivedChanges onA = new ReceivedChanges(nodeA);
        ReceivedChanges onB = new ReceivedChanges(nodeB);
        List<String> committed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String id = "item-" + i;
            publish(nodeA, "createTodo", store.create("Todo", Map.of("id", id), null));
            committed.add(id);
        }

        for (ReceivedChanges received : List.of(onA, onB)) {
            assertThat(received.until(change -> change.item().get("id").equals("item-99")))
                    .extracting(change -> change.item().get("id")).containsExactlyElementsOf(committed);
        }
    }

    private int incrementUntilDone(PostgresChangeFeed node) {
        int mine = 0;
        while (true) {
            int current = (Integer) store.get("Todo", Map.of("id", "counter")).orElseThrow().get("priority");
            if (current >= UPDATES) {
                return mine;
            }
            Map<String, Object> changes = new HashMap<>(Map.of("id", "counter", "priority", current + 1));
            try {
                publish(node, "updateTodo", store.update("Todo", changes, Map.of("priority", Map.of("eq", current))));
                mine++;
            } catch (ConditionFailedException e) {
                // Another writer got there first; read again.
            }
        }
    }

    private static void publish(PostgresChangeFeed node, String mutation, WrittenItem written) {
        String id = (String) written.item().get("id");
        node.publish(new ModelChange(mutation, "Todo", written.item(), id.length() + ":" + id, written.sequence()));
    }

    private static int priority(ModelChange change) {
        return (Integer) change.item().get("priority");
    }
}
