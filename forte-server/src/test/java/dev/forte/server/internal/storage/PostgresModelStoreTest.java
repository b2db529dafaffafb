package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.ForteException;
import dev.forte.schema.DataSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class PostgresModelStoreTest {
    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    PostgresModelStore store;

    @BeforeEach
    void openStore() {
        schema = database.newSchema();
        new ModelTableMigrator(schema.dataSource()).migrate(TestSchemas.schema(TestSchemas.todo()), false);
        store = PostgresModelStore.open(schema.dataSource(), TestSchemas.schema(TestSchemas.todo()));
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    private static Map<String, Object> todo(String id, Object... fieldsAndValues) {
        Map<String, Object> item = new HashMap<>(Map.of("id", id, "createdAt", "2026-11-25T19:06:39.396Z",
                "updatedAt", "2026-11-25T19:06:39.396Z"));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            item.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return item;
    }

    @Test
    void storesEveryKindOfValueAndReturnsItAsGraphQlValues() {
        Map<String, Object> item = todo("t1", "name", "Write tests", "priority", 3, "rating", 4.5, "done", true,
                "dueAt", 1764097599L, "dueOn", "2026-11-25", "meta", "{\"b\": [1, 2], \"a\": \"x\"}",
                "status", "ACTIVE", "address", Map.of("city", "Oslo"), "tags", List.of("a", "b"));

        Map<String, Object> created = store.create("Todo", item, null).item();

        assertThat(created).containsEntry("name", "Write tests").containsEntry("priority", 3)
                .containsEntry("rating", 4.5).containsEntry("done", true).containsEntry("dueAt", 1764097599L)
                .containsEntry("dueOn", "2026-11-25").containsEntry("status", "ACTIVE")
                .containsEntry("address", Map.of("city", "Oslo")).containsEntry("tags", List.of("a", "b"))
                .doesNotContainKey("description");
        assertThat(created.get("meta")).isEqualTo("{\"a\":\"x\",\"b\":[1,2]}");
        assertThat(store.get("Todo", Map.of("id", "t1"))).contains(created);
    }

    @Test
    void getAllAnswersEveryKeyInTheOrderAskedWithMissingKeysEmpty() {
        Map<String, Object> first = store.create("Todo", todo("t1", "name", "one"), null).item();
        Map<String, Object> second = store.create("Todo", todo("t2", "name", "two"), null).item();

        List<Optional<Map<String, Object>>> items = store.getAll("Todo", List.of(Map.of("id", "t2"),
                Map.of("id", "nope"), Map.of("id", "t1"), Map.of("id", "t2")));

        assertThat(items).containsExactly(Optional.of(second), Optional.empty(), Optional.of(first),
                Optional.of(second));
        assertThat(store.getAll("Todo", List.of())).isEmpty();
    }

    @Test
    void getAllMatchesEveryFieldOfACompositeKey() {
        DataSchema products = TestSchemas.schema(TestSchemas.product());
        new ModelTableMigrator(schema.dataSource()).migrate(products, false);
        PostgresModelStore productStore = PostgresModelStore.open(schema.dataSource(), products);
        Map<String, Object> appleInOslo = productStore.create("Product", product("oslo", "apple"), null).item();
        Map<String, Object> pearInBergen = productStore.create("Product", product("bergen", "pear"), null).item();
        productStore.create("Product", product("oslo", "pear"), null);

        List<Optional<Map<String, Object>>> items = productStore.getAll("Product", List.of(
                Map.of("storeId", "bergen", "sku", "pear"), Map.of("storeId", "bergen", "sku", "apple"),
                Map.of("sku", "apple", "storeId", "oslo")));

        assertThat(items).containsExactly(Optional.of(pearInBergen), Optional.empty(), Optional.of(appleInOslo));
    }

    @Test
    void getAllNeedsEveryIdentifierField() {
        assertThatThrownBy(() -> store.getAll("Todo", List.of(Map.of("id", "t1"), Map.of("name", "x"))))
                .isInstanceOf(ForteException.class)
                .hasMessageContaining("Model `Todo`: getAll needs every identifier field [id], but `id` is missing.");
    }

    @Test
    void listAllReadsEachPageAsListWouldAlone() {
        PostgresModelStore productStore = seededProducts();
        String index = "byStoreReleaseName";
        List<ListQuery> queries = new java.util.ArrayList<>(List.of(
                new ListQuery("Product", index, "oslo", null, null, 2, null, false),
                new ListQuery("Product", index, "bergen", null, null, 3, null, true),
                new ListQuery("Product", index, "oslo", null, Map.of("price", Map.of("ge", 3)), 10, null, false),
                new ListQuery("Product", index, "trondheim", null, null, 10, null, false),
                new ListQuery("Product", null, null, null, null, 4, null, true)));
        queries.add(new ListQuery("Product", index, "oslo", null, null, 2, productStore.list(queries.get(0))
                .nextToken(), false));

        List<Page> pages = productStore.listAll(queries);

        assertThat(pages).isEqualTo(queries.stream().map(productStore::list).toList());
        assertThat(pages.get(0).items()).extracting(item -> item.get("sku")).containsExactly("sku-0", "sku-3");
        assertThat(pages.get(0).nextToken()).isNotNull();
        assertThat(pages.get(2).items()).extracting(item -> item.get("sku")).containsExactly("sku-3", "sku-4");
        assertThat(pages.get(2).nextToken()).isNull();
        assertThat(pages.get(3).items()).isEmpty();
        assertThat(productStore.listAll(List.of())).isEmpty();
    }

    @Test
    void listAllOfQueriesThatDifferOnlyInTheirKeysReadsEachPageAsListWouldAlone() {
        PostgresModelStore productStore = seededProducts();
        List<ListQuery> queries = List.of("oslo", "trondheim", "bergen").stream()
                .map(store -> new ListQuery("Product", "byStoreReleaseName", store, null,
                        Map.of("price", Map.of("ge", 1)), 2, null, true))
                .toList();

        List<Page> pages = productStore.listAll(queries);

        assertThat(pages).isEqualTo(queries.stream().map(productStore::list).toList());
        assertThat(pages.get(0).items()).extracting(item -> item.get("storeId")).containsOnly("oslo");
        assertThat(pages.get(0).nextToken()).isNotNull();
        assertThat(pages.get(1).items()).isEmpty();
        assertThat(pages.get(2).items()).extracting(item -> item.get("storeId")).containsExactly("bergen", "bergen");
    }

    private PostgresModelStore seededProducts() {
        DataSchema products = TestSchemas.schema(TestSchemas.product());
        new ModelTableMigrator(schema.dataSource()).migrate(products, false);
        PostgresModelStore productStore = PostgresModelStore.open(schema.dataSource(), products);
        for (String store : List.of("oslo", "bergen")) {
            for (int i = 0; i < 5; i++) {
                Map<String, Object> item = new HashMap<>(product(store, "sku-" + i));
                item.putAll(Map.of("name", "item " + i, "releasedOn", "2026-0" + (i % 3 + 1) + "-01", "price", i));
                productStore.create("Product", item, null);
            }
        }
        return productStore;
    }

    private static Map<String, Object> product(String storeId, String sku) {
        return Map.of("storeId", storeId, "sku", sku, "createdAt", "2026-11-25T19:06:39.396Z",
                "updatedAt", "2026-11-25T19:06:39.396Z");
    }

    @Test
    void getOfAMissingItemIsEmpty() {
        assertThat(store.get("Todo", Map.of("id", "nope"))).isEmpty();
    }

    @Test
    void createOfAnExistingKeyFailsItsCondition() {
        store.create("Todo", todo("t1", "name", "first"), null);

        assertThatThrownBy(() -> store.create("Todo", todo("t1", "name", "second"), null))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(store.get("Todo", Map.of("id", "t1")).orElseThrow()).containsEntry("name", "first");
    }

    @Test
    void createEvaluatesItsConditionAgainstTheAbsentItem() {
        store.create("Todo", todo("t1"), Map.of("name", Map.of("attributeExists", false)));
        store.create("Todo", todo("t2"), Map.of("name", Map.of("ne", "x")));

        assertThatThrownBy(() -> store.create("Todo", todo("t3"), Map.of("name", Map.of("eq", "x"))))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(store.get("Todo", Map.of("id", "t3"))).isEmpty();
    }

    @Test
    void updateSetsValuesRemovesExplicitNullsAndReturnsTheNewItem() {
        store.create("Todo", todo("t1", "name", "old", "description", "gone soon", "priority", 1), null);
        Map<String, Object> changes = new HashMap<>(Map.of("id", "t1", "name", "new", "updatedAt", "2026-12-01T00:00:00.000Z"));
        changes.put("description", null);

        Map<String, Object> updated = store.update("Todo", changes, null).item();

        assertThat(updated).containsEntry("name", "new").containsEntry("priority", 1)
                .containsEntry("updatedAt", "2026-12-01T00:00:00.000Z").doesNotContainKey("description");
        assertThat(store.get("Todo", Map.of("id", "t1"))).contains(updated);
    }

    @Test
    void updateChecksItsConditionAgainstTheStoredItem() {
        store.create("Todo", todo("t1", "priority", 1), null);

        assertThatThrownBy(() -> store.update("Todo", Map.of("id", "t1", "priority", 9),
                Map.of("priority", Map.of("eq", 2)))).isInstanceOf(ConditionFailedException.class);
        assertThat(store.get("Todo", Map.of("id", "t1")).orElseThrow()).containsEntry("priority", 1);

        assertThat(store.update("Todo", Map.of("id", "t1", "priority", 9), Map.of("priority", Map.of("eq", 1))).item())
                .containsEntry("priority", 9);
    }

    @Test
    void writesOfOneItemGetSequencesInCommitOrder() {
        long created = store.create("Todo", todo("t1"), null).sequence();
        long updated = store.update("Todo", Map.of("id", "t1", "name", "x"), null).sequence();
        long deleted = store.delete("Todo", Map.of("id", "t1"), null).sequence();

        assertThat(created).isPositive();
        assertThat(updated).isGreaterThan(created);
        assertThat(deleted).isGreaterThan(updated);
    }

    @Test
    void aWriteThatWaitedForTheRowLockDrawsItsSequenceAfterTheHolderCommitted() throws Exception {
        store.create("Todo", todo("t1"), null);
        try (Connection holder = schema.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            update(holder, "UPDATE \"Todo\" SET name = 'held' WHERE id = 't1'");
            CompletableFuture<WrittenItem> waiting = CompletableFuture.supplyAsync(
                    () -> store.update("Todo", Map.of("id", "t1", "name", "after"), null));
            awaitLockWait();
            long drawnBeforeCommit = sequenceValue(holder);
            holder.commit();

            WrittenItem after = waiting.get(60, TimeUnit.SECONDS);
            assertThat(after.sequence()).isGreaterThan(drawnBeforeCommit);
            assertThat(after.item()).containsEntry("name", "after");
        }
    }

    /** Polls on a connection of its own: inside a transaction pg_stat_activity would not change. */
    private void awaitLockWait() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Connection observer = schema.dataSource().getConnection();
                    Statement statement = observer.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query LIKE 'UPDATE \"Todo\"%' AND pid <> pg_backend_pid()")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("The second update never waited for the row lock");
    }

    private static long sequenceValue(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT nextval('forte_change_sequence')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void update(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Test
    void updateOfAMissingItemFails() {
        assertThatThrownBy(() -> store.update("Todo", Map.of("id", "nope", "name", "x"), null))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(store.get("Todo", Map.of("id", "nope"))).isEmpty();
    }

    @Test
    void deleteReturnsTheOldItemAndChecksItsCondition() {
        store.create("Todo", todo("t1", "name", "keep", "done", false), null);

        assertThatThrownBy(() -> store.delete("Todo", Map.of("id", "t1"), Map.of("done", Map.of("eq", true))))
                .isInstanceOf(ConditionFailedException.class);
        assertThat(store.get("Todo", Map.of("id", "t1"))).isPresent();

        assertThat(store.delete("Todo", Map.of("id", "t1"), Map.of("done", Map.of("eq", false))).item())
                .containsEntry("name", "keep");
        assertThat(store.get("Todo", Map.of("id", "t1"))).isEmpty();
        assertThatThrownBy(() -> store.delete("Todo", Map.of("id", "t1"), null))
                .isInstanceOf(ConditionFailedException.class);
    }

    @Test
    void rejectsFieldsTheModelDoesNotHave() {
        assertThatThrownBy(() -> store.create("Todo", todo("t1", "colour", "red"), null))
                .isInstanceOf(ForteException.class).hasMessageContaining("Model `Todo` has no field `colour`");
    }

    @Test
    void rejectsAwsJsonThatIsNotJson() {
        assertThatThrownBy(() -> store.create("Todo", todo("t1", "meta", "{not json"), null))
                .isInstanceOf(ForteException.class)
                .hasMessageContaining("Model `Todo` field `meta`: AWSJSON values must be JSON text");
    }

    @Test
    void rejectsAnUnknownModel() {
        assertThatThrownBy(() -> store.get("Nope", Map.of("id", "x")))
                .isInstanceOf(ForteException.class).hasMessageContaining("no model `Nope`");
    }
}
