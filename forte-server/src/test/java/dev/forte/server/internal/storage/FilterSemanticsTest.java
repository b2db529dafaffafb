package dev.forte.server.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Every filter operator, with DynamoDB's semantics on missing attributes and mismatched types. */
@ParameterizedClass
@MethodSource("dev.forte.server.internal.storage.TestDatabases#all")
class FilterSemanticsTest {
    @Parameter
    TestDatabases.Database database;

    TestDatabases.Schema schema;
    PostgresModelStore store;

    @BeforeEach
    void storeFourTodos() {
        schema = database.newSchema();
        new ModelTableMigrator(schema.dataSource()).migrate(TestSchemas.schema(TestSchemas.todo()), false);
        store = PostgresModelStore.open(schema.dataSource(), TestSchemas.schema(TestSchemas.todo()));
        create("a", "name", "apple", "description", "red fruit", "priority", 1, "rating", 1.5, "done", true,
                "tags", List.of("x", "y"), "meta", "{\"k\":1}", "status", "ACTIVE");
        create("b", "name", "banana", "priority", 2, "rating", 2.5, "done", false, "tags", List.of("y"),
                "status", "DONE");
        create("c", "name", "cherry", "description", "Red", "priority", 3, "tags", List.of(), "meta", "\"str\"");
        create("d", "name", "Zebra");
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    private void create(String id, Object... fieldsAndValues) {
        Map<String, Object> item = new HashMap<>(Map.of("id", id));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            item.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        store.create("Todo", item, null);
    }

    private List<Object> ids(Map<String, Object> filter) {
        return store.list(new ListQuery("Todo", null, null, null, filter, 100, null, false)).items().stream()
                .map(item -> item.get("id")).toList();
    }

    private static Map<String, Object> on(String field, String operator, Object value) {
        return Map.of(field, Map.of(operator, value));
    }

    @Test
    void comparesStrings() {
        assertThat(ids(on("name", "eq", "apple"))).containsExactly("a");
        assertThat(ids(on("name", "ne", "apple"))).containsExactly("b", "c", "d");
        assertThat(ids(on("name", "ge", "banana"))).containsExactly("b", "c");
        assertThat(ids(on("name", "between", List.of("b", "c")))).containsExactly("b");
        assertThat(ids(on("name", "beginsWith", "ch"))).containsExactly("c");
        assertThat(ids(on("id", "eq", "c"))).containsExactly("c");
    }

    @Test
    void ordersStringsByBytesAsDynamoDbDoes() {
        assertThat(ids(on("name", "lt", "a"))).containsExactly("d");
        assertThat(ids(on("name", "gt", "Zz"))).containsExactly("a", "b", "c");
    }

    @Test
    void comparesNumbersAndBooleans() {
        assertThat(ids(on("priority", "gt", 1))).containsExactly("b", "c");
        assertThat(ids(on("priority", "le", 2))).containsExactly("a", "b");
        assertThat(ids(on("priority", "between", List.of(2, 3)))).containsExactly("b", "c");
        assertThat(ids(on("rating", "ge", 2.0))).containsExactly("b");
        assertThat(ids(on("rating", "lt", 2))).containsExactly("a");
        assertThat(ids(on("done", "eq", false))).containsExactly("b");
    }

    @Test
    void aValueOfAnotherTypeNeverMatches() {
        assertThat(ids(on("priority", "eq", "1"))).isEmpty();
        assertThat(ids(on("name", "gt", 1))).isEmpty();
        assertThat(ids(on("priority", "ne", "1"))).containsExactly("a", "b", "c", "d");
    }

    @Test
    void comparisonsOnAMissingAttributeAreFalseButNeAndNotContainsAreTrue() {
        assertThat(ids(on("description", "eq", "Red"))).containsExactly("c");
        assertThat(ids(on("description", "ne", "Red"))).containsExactly("a", "b", "d");
        assertThat(ids(on("description", "contains", "fruit"))).containsExactly("a");
        assertThat(ids(on("description", "notContains", "fruit"))).containsExactly("b", "c", "d");
        assertThat(ids(on("description", "beginsWith", ""))).containsExactly("a", "c");
        assertThat(ids(on("done", "ne", true))).containsExactly("b", "c", "d");
        assertThat(ids(on("rating", "lt", 100))).containsExactly("a", "b");
        assertThat(ids(Map.of("not", on("priority", "gt", 1)))).containsExactly("a", "d");
    }

    @Test
    void containsMatchesAnElementOfAList() {
        assertThat(ids(on("tags", "contains", "y"))).containsExactly("a", "b");
        assertThat(ids(on("tags", "notContains", "x"))).containsExactly("b", "c", "d");
    }

    @Test
    void testsAttributeExistenceAndType() {
        assertThat(ids(on("description", "attributeExists", true))).containsExactly("a", "c");
        assertThat(ids(on("description", "attributeExists", false))).containsExactly("b", "d");
        assertThat(ids(on("rating", "attributeType", "number"))).containsExactly("a", "b");
        assertThat(ids(on("name", "attributeType", "number"))).isEmpty();
        assertThat(ids(on("tags", "attributeType", "list"))).containsExactly("a", "b", "c");
        assertThat(ids(on("done", "attributeType", "bool"))).containsExactly("a", "b");
        assertThat(ids(on("meta", "attributeType", "map"))).containsExactly("a");
        assertThat(ids(on("meta", "attributeType", "string"))).containsExactly("c");
    }

    @Test
    void sizeIsTheLengthOfAStringOrList() {
        assertThat(ids(on("name", "size", Map.of("gt", 5)))).containsExactly("b", "c");
        assertThat(ids(on("tags", "size", Map.of("eq", 0)))).containsExactly("c");
        assertThat(ids(on("tags", "size", Map.of("between", List.of(1, 2))))).containsExactly("a", "b");
        assertThat(ids(on("description", "size", Map.of("ne", 3)))).containsExactly("a");
    }

    @Test
    void awsJsonComparesOnlyJsonValuesOfTheSameType() {
        assertThat(ids(on("meta", "eq", "str"))).containsExactly("c");
        assertThat(ids(on("meta", "contains", "st"))).containsExactly("c");
    }

    @Test
    void enumsCompareByName() {
        assertThat(ids(on("status", "eq", "ACTIVE"))).containsExactly("a");
        assertThat(ids(on("status", "ne", "ACTIVE"))).containsExactly("b", "c", "d");
    }

    @Test
    void combinesOperatorsFieldsAndGroups() {
        assertThat(ids(Map.of("priority", Map.of("ge", 2, "le", 2)))).containsExactly("b");
        assertThat(ids(Map.of("name", Map.of("beginsWith", "b"), "priority", Map.of("eq", 3)))).isEmpty();
        assertThat(ids(Map.of("or", List.of(on("name", "eq", "apple"), on("priority", "eq", 3)))))
                .containsExactly("a", "c");
        assertThat(ids(Map.of("and", List.of(on("priority", "ge", 1), on("priority", "le", 2)))))
                .containsExactly("a", "b");
        assertThat(ids(Map.of("not", Map.of("or", List.of(on("name", "eq", "apple"), on("name", "eq", "Zebra"))))))
                .containsExactly("b", "c");
    }

    @Test
    void rejectsAFieldTheModelDoesNotHave() {
        assertThatThrownBy(() -> ids(on("colour", "eq", "red")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("`colour` is not a field of model `Todo`");
    }

    @Test
    void rejectsAnUnknownOperator() {
        assertThatThrownBy(() -> ids(on("name", "like", "a%")))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessageContaining("`name.like` is not an operator");
    }
}
