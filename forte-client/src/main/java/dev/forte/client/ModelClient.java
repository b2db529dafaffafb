package dev.forte.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.client.internal.ModelDocuments;
import dev.forte.client.internal.ModelShape;
import dev.forte.client.internal.ModelShape.RootField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one model with the documents Amplify's models API sends, selecting every scalar field.
 * Errors AppSync returns (a failed condition, an unauthorized field) come back as values in the result.
 *
 * <pre>{@code
 * ModelClient todos = client.models().get("Todo");
 * Map<String, Object> todo = todos.create(Map.of("name", "Try Forte")).item().orElseThrow();
 * todos.update(Map.of("id", todo.get("id"), "isDone", true));
 * Page<Map<String, Object>> page = todos.list(Map.of("isDone", Map.of("eq", true)), 10, null);
 * }</pre>
 */
public final class ModelClient {
    private static final TypeReference<Map<String, Object>> ITEM = new TypeReference<>() {};
    private static final List<String> PAGE_ARGUMENTS = List.of("filter", "limit", "nextToken");

    private final DataClient client;
    private final ModelShape shape;
    private final ObjectMapper json;

    ModelClient(DataClient client, ModelShape shape, ObjectMapper json) {
        this.client = client;
        this.shape = shape;
        this.json = json;
    }

    /** Returns the model's type name, e.g. {@code Todo}. */
    public String name() {
        return shape.name();
    }

    ModelShape shape() {
        return shape;
    }

    /** Returns the fields every operation selects: the model's scalar, enum and custom-type fields, in schema order. */
    public List<String> fields() {
        return shape.selectedFields();
    }

    /** Creates an item from {@code input} ({@code createTodo(input: $input)}) and returns it. */
    public ModelResult<Map<String, Object>> create(Map<String, ?> input) {
        return mutate("create", input);
    }

    /** Returns the item whose single-field primary key (usually {@code id}) is {@code id}. */
    public ModelResult<Map<String, Object>> get(Object id) {
        RootField get = operation("get");
        if (get.argumentTypes().size() != 1) {
            throw new IllegalArgumentException("Model `" + name() + "` has a composite primary key "
                    + get.argumentTypes().keySet() + ": call get(Map) with every key field.");
        }
        return get(Map.of(get.argumentTypes().keySet().iterator().next(), id));
    }

    /** Returns the item with primary key {@code key}, e.g. {@code Map.of("id", id)}; empty when there is none. */
    public ModelResult<Map<String, Object>> get(Map<String, ?> key) {
        RootField get = operation("get");
        for (String field : key.keySet()) {
            if (!get.argumentTypes().containsKey(field)) {
                throw new IllegalArgumentException("`" + field + "` is not a primary key field of model `" + name()
                        + "`; its key is " + get.argumentTypes().keySet() + ".");
            }
        }
        String document = ModelDocuments.document("query", get, key.keySet(), ModelDocuments.itemSelection(shape));
        return item(get, client.graphql(document, key));
    }

    /** Updates the item identified by the key fields in {@code input} with its other fields, and returns it. */
    public ModelResult<Map<String, Object>> update(Map<String, ?> input) {
        return mutate("update", input);
    }

    /** Deletes the item with primary key {@code key} and returns it as it was. */
    public ModelResult<Map<String, Object>> delete(Map<String, ?> key) {
        return mutate("delete", key);
    }

    /** Returns the first page of every item, as many as the API returns by default. */
    public Page<Map<String, Object>> list() {
        return list(null, null, null);
    }

    /**
     * Returns one page of the items matching {@code filter} (AppSync's {@code ModelTodoFilterInput} as maps, e.g.
     * {@code Map.of("name", Map.of("beginsWith", "ren"))}); null arguments are left out of the request.
     */
    public Page<Map<String, Object>> list(@Nullable Map<String, ?> filter, @Nullable Integer limit, @Nullable String nextToken) {
        RootField list = operation("list");
        Map<String, Object> variables = new LinkedHashMap<>();
        putIfPresent(variables, "filter", filter);
        putIfPresent(variables, "limit", limit);
        putIfPresent(variables, "nextToken", nextToken);
        List<String> arguments = PAGE_ARGUMENTS.stream().filter(list.argumentTypes()::containsKey).toList();
        String document = ModelDocuments.document("query", list, arguments, ModelDocuments.pageSelection(shape));
        GraphqlResponse response = client.graphql(document, variables);
        JsonNode page = response.data().path(list.name());
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            if (item.isObject()) {
                items.add(json.convertValue(item, ITEM));
            }
        }
        JsonNode token = page.path("nextToken");
        return new Page<>(items, token.isTextual() ? token.asText() : null, response.errors());
    }

    /**
     * Subscribes to the items created from now on that match {@code filter} (AppSync's {@code
     * ModelSubscription<Model>FilterInput} as maps, e.g. {@code Map.of("priority", Map.of("eq", "HIGH"))}; null
     * for every item). Each {@link SubscriptionEvent.Data#item()} is the item with every scalar field.
     */
    public GraphqlSubscription onCreate(@Nullable Map<String, ?> filter) {
        return subscribe("onCreate", filter);
    }

    /** Subscribes to the items updated from now on that match {@code filter}, as {@link #onCreate} does. */
    public GraphqlSubscription onUpdate(@Nullable Map<String, ?> filter) {
        return subscribe("onUpdate", filter);
    }

    /** Subscribes to the items deleted from now on that match {@code filter}, as {@link #onCreate} does. */
    public GraphqlSubscription onDelete(@Nullable Map<String, ?> filter) {
        return subscribe("onDelete", filter);
    }

    private GraphqlSubscription subscribe(String role, @Nullable Map<String, ?> filter) {
        RootField subscription = operation(role);
        boolean filtered = filter != null && subscription.argumentTypes().containsKey("filter");
        String document = ModelDocuments.document("subscription", subscription,
                filtered ? List.of("filter") : List.of(), ModelDocuments.itemSelection(shape));
        return client.graphqlSubscribe(document, filtered ? Map.of("filter", filter) : Map.of());
    }

    private ModelResult<Map<String, Object>> mutate(String role, Map<String, ?> input) {
        RootField mutation = operation(role);
        String document = ModelDocuments.document("mutation", mutation, List.of("input"),
                ModelDocuments.itemSelection(shape));
        return item(mutation, client.graphql(document, Map.of("input", input)));
    }

    private ModelResult<Map<String, Object>> item(RootField field, GraphqlResponse response) {
        JsonNode item = response.data().path(field.name());
        return ModelResult.of(item.isObject() ? json.convertValue(item, ITEM) : null, response.errors(), field.name());
    }

    private RootField operation(String role) {
        return shape.operation(role).orElseThrow(() -> new UnsupportedOperationException("The API offers no `"
                + role + "` operation on model `" + name() + "` (it has " + shape.operations().keySet() + ")."));
    }

    private static void putIfPresent(Map<String, Object> variables, String name, @Nullable Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }

    @Override
    public String toString() {
        return "ModelClient{" + name() + " " + fields() + "}";
    }
}
