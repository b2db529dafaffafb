package dev.forte.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelIntrospectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode type(String json) throws Exception {
        return JSON.readTree(json.replace('\'', '"'));
    }

    private static final String NAMED = "{'kind':'%s','name':'%s','ofType':null}";

    private static String nonNull(String inner) {
        return "{'kind':'NON_NULL','name':null,'ofType':" + inner + "}";
    }

    private static String named(String kind, String name) {
        return String.format(NAMED, kind, name);
    }

    private static String field(String name, String type, String args) {
        return "{'name':'" + name + "','args':[" + args + "],'type':" + type + "}";
    }

    private static String arg(String name, String type) {
        return "{'name':'" + name + "','type':" + type + "}";
    }

    private static final String TODO = "{'fields':["
            + field("id", nonNull(named("SCALAR", "ID")), "") + ","
            + field("name", nonNull(named("SCALAR", "String")), "") + ","
            + field("tags", "{'kind':'LIST','name':null,'ofType':" + named("SCALAR", "String") + "}", "") + ","
            + field("priority", named("ENUM", "TodoPriority"), "") + ","
            + field("project", named("OBJECT", "Project"), "") + "]}";

    private static final String QUERY = "{'fields':["
            + field("getTodo", named("OBJECT", "Todo"), arg("id", nonNull(named("SCALAR", "ID")))) + ","
            + field("listTodoByName", named("OBJECT", "ModelTodoConnection"),
                    arg("name", nonNull(named("SCALAR", "String")))) + ","
            + field("listTodos", named("OBJECT", "ModelTodoConnection"),
                    arg("filter", named("INPUT_OBJECT", "ModelTodoFilterInput")) + ","
                            + arg("limit", named("SCALAR", "Int")) + ","
                            + arg("nextToken", named("SCALAR", "String"))) + "]}";

    private static final String MUTATION = "{'fields':["
            + field("createTodo", named("OBJECT", "Todo"),
                    arg("input", nonNull(named("INPUT_OBJECT", "CreateTodoInput")))) + "]}";

    private static ModelShape todo() throws Exception {
        return ModelIntrospection.shape("Todo", type(TODO), type(QUERY), type(MUTATION)).orElseThrow();
    }

    @Test
    void selectsScalarAndEnumFieldsButNotRelationships() throws Exception {
        assertThat(todo().selectedFields()).containsExactly("id", "name", "tags", "priority");
    }

    @Test
    void customTypeFieldsAreSelectedWithTheirNestedFieldsButRelationshipsAreNot() throws Exception {
        String todo = "{'fields':["
                + field("id", nonNull(named("SCALAR", "ID")), "") + ","
                + field("meta", named("OBJECT", "TodoMeta"), "") + ","
                + field("project", named("OBJECT", "Project"), "") + "]}";
        String query = "{'fields':[" + field("getProject", named("OBJECT", "Project"), "") + "]}";
        Map<String, JsonNode> types = Map.of(
                "TodoMeta", type("{'fields':[" + field("source", named("SCALAR", "String"), "") + ","
                        + field("geo", named("OBJECT", "GeoPoint"), "") + "]}"),
                "GeoPoint", type("{'fields':[" + field("lat", named("SCALAR", "Float"), "") + ","
                        + field("lng", named("SCALAR", "Float"), "") + "]}"));
        ModelShape shape = ModelIntrospection.shape("Todo", type(todo), type(query), type(MUTATION)).orElseThrow();

        ModelShape selected = shape.withSelections(ModelIntrospection.customTypeSelections(shape, type(query),
                types::get));

        assertThat(selected.selection()).isEqualTo("id meta { source geo { lat lng } }");
        assertThat(selected.selectedFields()).containsExactly("id", "meta");
    }

    @Test
    void listIsTheConnectionFieldWithoutRequiredArgumentsNotASecondaryIndex() throws Exception {
        assertThat(todo().operation("list").orElseThrow().name()).isEqualTo("listTodos");
    }

    @Test
    void operationsTheApiDoesNotOfferAreAbsent() throws Exception {
        assertThat(todo().operations().keySet()).containsExactlyInAnyOrder("create", "get", "list");
    }

    @Test
    void anUnknownTypeHasNoShape() throws Exception {
        assertThat(ModelIntrospection.shape("Nope", NullNode.getInstance(), type(QUERY), type(MUTATION))).isEmpty();
    }

    @Test
    void writesTheDocumentsAmplifysModelsApiSends() throws Exception {
        ModelShape todo = todo();

        assertThat(ModelDocuments.document("mutation", todo.operation("create").orElseThrow(), List.of("input"),
                ModelDocuments.itemSelection(todo)))
                .isEqualTo("mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id name tags priority } }");
        assertThat(ModelDocuments.document("query", todo.operation("list").orElseThrow(),
                List.of("filter", "limit", "nextToken"), ModelDocuments.pageSelection(todo)))
                .isEqualTo("query ($filter: ModelTodoFilterInput, $limit: Int, $nextToken: String) {"
                        + " listTodos(filter: $filter, limit: $limit, nextToken: $nextToken)"
                        + " { items { id name tags priority } nextToken } }");
    }
}
