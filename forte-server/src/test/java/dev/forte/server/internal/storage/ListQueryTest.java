package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Scans, key queries on the primary key and secondary indexes, and paging with signed tokens. */
@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class ListQueryTest {
    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    PostgresModelStore store;

    @BeforeEach
    void openStore() {
        schema = database.newSchema();
        var data = TestSchemas.schema(TestSchemas.todo(), TestSchemas.product());
        new ModelTableMigrator(schema.dataSource()).migrate(data, false);
        store = PostgresModelStore.open(schema.dataSource(), data);
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    private void storeTodos(int count) {
        for (int i = 0; i < count; i++) {
            store.create("Todo", Map.of("id", "todo-%03d".formatted(i), "priority", i), null);
        }
    }

    private void product(String storeId, String sku, Object... fieldsAndValues) {
        Map<String, Object> item = new HashMap<>(Map.of("storeId", storeId, "sku", sku));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            item.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        store.create("Product", item, null);
    }

    private List<Object> skus(@Nullable String index, @Nullable Object partitionKey,
            @Nullable Map<String, Object> sortKeyCondition, boolean descending) {
        return store.list(new ListQuery("Product", index, partitionKey, sortKeyCondition, null, 100, null, descending))
                .items().stream().map(item -> item.get("sku")).toList();
    }

    @Test
    void pagesThrough250ItemsWithFilterAndLimitInKeyOrder() {
        storeTodos(250);
        Map<String, Object> filter = Map.of("priority", Map.of("ge", 50));
        List<Object> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page page = store.list(new ListQuery("Todo", null, null, null, filter, 30, token, false));
            assertThat(page.items()).hasSizeLessThanOrEqualTo(30);
            page.items().forEach(item -> seen.add(item.get("id")));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(7);
        assertThat(seen).hasSize(200).doesNotHaveDuplicates().isSorted().startsWith("todo-050").endsWith("todo-249");
    }

    @Test
    void pagesBackwardsWhenDescending() {
        storeTodos(25);
        Page first = store.list(new ListQuery("Todo", null, null, null, null, 10, null, true));
        Page second = store.list(new ListQuery("Todo", null, null, null, null, 10, first.nextToken(), true));

        assertThat(first.items()).extracting(i -> i.get("id")).startsWith("todo-024").endsWith("todo-015");
        assertThat(second.items()).extracting(i -> i.get("id")).startsWith("todo-014").endsWith("todo-005");
    }

    @Test
    void theLastPageHasNoToken() {
        storeTodos(10);
        assertThat(store.list(new ListQuery("Todo", null, null, null, null, 10, null, false)).nextToken()).isNull();
    }

    @Test
    void rejectsATamperedToken() {
        storeTodos(5);
        String token = store.list(new ListQuery("Todo", null, null, null, null, 2, null, false)).nextToken();
        String forged = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);

        assertThatThrownBy(() -> store.list(new ListQuery("Todo", null, null, null, null, 2, forged, false)))
                .isInstanceOf(InvalidNextTokenException.class).hasMessageContaining("altered");
        assertThatThrownBy(() -> store.list(new ListQuery("Todo", null, null, null, null, 2, "garbage", false)))
                .isInstanceOf(InvalidNextTokenException.class);
    }

    @Test
    void rejectsATokenReusedOnAnotherQuery() {
        storeTodos(5);
        String token = store.list(new ListQuery("Todo", null, null, null, null, 2, null, false)).nextToken();

        Map<String, Object> otherFilter = Map.of("priority", Map.of("gt", 0));
        assertThatThrownBy(() -> store.list(new ListQuery("Todo", null, null, null, otherFilter, 2, token, false)))
                .isInstanceOf(InvalidNextTokenException.class).hasMessageContaining("another query");
        assertThatThrownBy(() -> store.list(new ListQuery("Todo", null, null, null, null, 2, token, true)))
                .isInstanceOf(InvalidNextTokenException.class).hasMessageContaining("another query");
    }

    @Test
    void aTokenWorksOnAnotherStoreOfTheSameDatabase() {
        storeTodos(5);
        String token = store.list(new ListQuery("Todo", null, null, null, null, 2, null, false)).nextToken();
        var otherNode = PostgresModelStore.open(schema.dataSource(), TestSchemas.schema(TestSchemas.todo()));

        assertThat(otherNode.list(new ListQuery("Todo", null, null, null, null, 2, token, false)).items())
                .extracting(i -> i.get("id")).containsExactly("todo-002", "todo-003");
    }

    @Test
    void queriesThePrimaryKeyWithASortKeyCondition() {
        product("s1", "B-2");
        product("s1", "A-1");
        product("s1", "A-2");
        product("s2", "A-3");

        assertThat(skus(null, "s1", null, false)).containsExactly("A-1", "A-2", "B-2");
        assertThat(skus(null, "s1", Map.of("beginsWith", "A"), true)).containsExactly("A-2", "A-1");
        assertThat(skus(null, "s1", Map.of("gt", "A-1"), false)).containsExactly("A-2", "B-2");
        assertThat(skus(null, null, null, false)).containsExactly("A-1", "A-2", "B-2", "A-3");
    }

    @Test
    void queriesAnIndexWithoutSortKey() {
        product("s1", "1", "name", "Widget");
        product("s2", "2", "name", "Widget");
        product("s1", "3", "name", "Gadget");
        product("s1", "4");

        assertThat(skus("productsByName", "Widget", null, false)).containsExactly("1", "2");
    }

    @Test
    void ordersANumericSortKeyByNumber() {
        product("s1", "cheap", "category", "tools", "price", 9.5);
        product("s1", "mid", "category", "tools", "price", 10.0);
        product("s1", "dear", "category", "tools", "price", 100.0);
        product("s1", "unpriced", "category", "tools");
        product("s1", "other", "category", "food", "price", 12.0);

        assertThat(skus("productsByCategoryAndPrice", "tools", null, false)).containsExactly("cheap", "mid", "dear");
        assertThat(skus("productsByCategoryAndPrice", "tools", null, true)).containsExactly("dear", "mid", "cheap");
        assertThat(skus("productsByCategoryAndPrice", "tools", Map.of("between", List.of(10, 100)), false))
                .containsExactly("mid", "dear");
        assertThat(skus("productsByCategoryAndPrice", "tools", Map.of("lt", 10.0), false)).containsExactly("cheap");
    }

    @Test
    void comparesACompositeSortKeyAsTheHashJoinedString() {
        product("s1", "1", "releasedOn", "2024-01-10", "name", "Bolt");
        product("s1", "2", "releasedOn", "2024-03-01", "name", "Axe");
        product("s1", "3", "releasedOn", "2024-03-01", "name", "Chisel");
        product("s1", "4", "releasedOn", "2025-02-01", "name", "Drill");
        product("s1", "5", "releasedOn", "2024-05-05");
        product("s2", "6", "releasedOn", "2024-01-01", "name", "Elsewhere");
        String index = "byStoreReleaseName";

        assertThat(skus(index, "s1", null, false)).containsExactly("1", "2", "3", "4");
        assertThat(skus(index, "s1", null, true)).containsExactly("4", "3", "2", "1");
        assertThat(skus(index, "s1", Map.of("beginsWith", Map.of("releasedOn", "2024")), false))
                .containsExactly("1", "2", "3");
        assertThat(skus(index, "s1", Map.of("beginsWith", Map.of("releasedOn", "2024-03-01", "name", "C")), false))
                .containsExactly("3");
        assertThat(skus(index, "s1", Map.of("ge", Map.of("releasedOn", "2024-03-01", "name", "B")), false))
                .containsExactly("3", "4");
        assertThat(skus(index, "s1", Map.of("between", List.of(Map.of("releasedOn", "2024-02"),
                Map.of("releasedOn", "2024-12"))), false)).containsExactly("2", "3");
        assertThat(skus(index, "s1", Map.of("eq", Map.of("releasedOn", "2024-03-01", "name", "Axe")), false))
                .containsExactly("2");
    }

    @Test
    void pagesThroughAnIndexQueryDescending() {
        for (int i = 0; i < 7; i++) {
            product("s1", "sku" + i, "category", "tools", "price", 10.0 + (i % 3));
        }
        Set<Object> seen = new HashSet<>();
        List<Object> prices = new ArrayList<>();
        String token = null;
        do {
            Page page = store.list(new ListQuery("Product", "productsByCategoryAndPrice", "tools", null, null, 2,
                    token, true));
            page.items().forEach(item -> {
                seen.add(item.get("sku"));
                prices.add(item.get("price"));
            });
            token = page.nextToken();
        } while (token != null);

        assertThat(seen).hasSize(7);
        assertThat(prices).containsExactly(12.0, 12.0, 11.0, 11.0, 10.0, 10.0, 10.0);
    }

    @Test
    void queriesAKeyWithoutSortKeyByItsPartition() {
        var sku = new Model("Sku", List.of(TestSchemas.required("code", Scalar.ID)),
                List.of("code"), List.of(), Set.of(), List.of());
        var data = TestSchemas.schema(sku);
        new ModelTableMigrator(schema.dataSource()).migrate(data, false);
        var skus = PostgresModelStore.open(schema.dataSource(), data);
        skus.create("Sku", Map.of("code", "a"), null);
        skus.create("Sku", Map.of("code", "b"), null);

        assertThat(skus.list(new ListQuery("Sku", null, "b", null, null, 10, null, false)).items())
                .extracting(item -> item.get("code")).containsExactly("b");
    }

    @Test
    void rejectsASortKeyConditionWithoutThePartitionKeyAsAnInvalidKeyCondition() {
        assertThatThrownBy(() -> skus(null, null, Map.of("beginsWith", "A"), false))
                .isInstanceOf(InvalidKeyConditionException.class)
                .hasMessage("Model `Product` primary key: a sort-key condition needs the partition key `storeId`.");
    }

    @Test
    void rejectsAnUnknownIndex() {
        assertThatThrownBy(() -> skus("productsByColour", "red", null, false))
                .hasMessageContaining("Model `Product` has no index named `productsByColour`");
    }
}
