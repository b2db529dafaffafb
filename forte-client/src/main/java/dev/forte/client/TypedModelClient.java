package dev.forte.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one model with items of a Java type, typically a record whose components are the model's
 * fields. The record is checked against the API's schema when the client is made, so a misspelt or mistyped
 * component fails at once with a message naming it, not with a null later.
 *
 * <pre>{@code
 * record Todo(String id, String name, Boolean isDone, String createdAt) {}
 *
 * TypedModelClient<Todo> todos = DataClient.fromEnvironment().models(Todo.class);
 * Todo created = todos.create(new Todo(null, "My first todo", null, null)).orElseThrow();
 * todos.update(new Todo(created.id(), null, true, null));       // null components are left unchanged
 * List<Todo> all = todos.list().items();
 * try (TypedSubscription<Todo> added = todos.onCreate(null)) {      // items created from now on, as Todo
 *     Optional<Todo> next = added.nextItem(Duration.ofSeconds(30));
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class TypedModelClient<T> {
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {};
    /** Fields the API sets itself; AppSync's create and update inputs refuse them. */
    private static final Set<String> READ_ONLY = Set.of("createdAt", "updatedAt", "__typename");

    private final ModelClient model;
    private final Class<T> type;
    private final ObjectMapper json;

    TypedModelClient(ModelClient model, Class<T> type, ObjectMapper json) {
        this.model = model;
        this.type = type;
        this.json = json.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** Returns the model's type name, e.g. {@code Todo}. */
    public String name() {
        return model.name();
    }

    /** Creates {@code item} (its null components left out, so the API's defaults and generated id apply). */
    public ModelResult<T> create(T item) {
        return typed(model.create(input(item)));
    }

    /** Returns the item whose single-field primary key (usually {@code id}) is {@code id}. */
    public ModelResult<T> get(Object id) {
        return typed(model.get(id));
    }

    /** Returns the item with primary key {@code key}, e.g. {@code Map.of("storeId", s, "sku", k)}. */
    public ModelResult<T> get(Map<String, ?> key) {
        return typed(model.get(key));
    }

    /** Updates the item {@code item}'s key identifies with its other non-null components, and returns it. */
    public ModelResult<T> update(T item) {
        return typed(model.update(input(item)));
    }

    /** Updates the item identified by the key fields in {@code changes} with its other entries (null clears). */
    public ModelResult<T> update(Map<String, ?> changes) {
        return typed(model.update(changes));
    }

    /** Deletes the item with the key of {@code item} and returns it as it was. */
    public ModelResult<T> delete(T item) {
        Map<String, Object> fields = input(item);
        Map<String, Object> key = new LinkedHashMap<>();
        for (String keyField : model.shape().keyFields()) {
            Object value = fields.get(keyField);
            if (value == null) {
                throw new IllegalArgumentException("Cannot delete a " + name() + " without its key field `" + keyField
                        + "`: give an item read from the API, or call delete(Map) with " + model.shape().keyFields()
                        + ".");
            }
            key.put(keyField, value);
        }
        return typed(model.delete(key));
    }

    /** Deletes the item with primary key {@code key} and returns it as it was. */
    public ModelResult<T> delete(Map<String, ?> key) {
        return typed(model.delete(key));
    }

    /** Returns the first page of every item, as many as the API returns by default. */
    public Page<T> list() {
        return list(null, null, null);
    }

    /** Returns one page of the items matching {@code filter} (as {@link ModelClient#list(Map, Integer, String)}). */
    public Page<T> list(@Nullable Map<String, ?> filter, @Nullable Integer limit, @Nullable String nextToken) {
        return model.list(filter, limit, nextToken).map(this::item);
    }

    /**
     * Subscribes to the items created from now on that match {@code filter} (as {@link ModelClient#onCreate}), each
     * delivered as {@code T}: {@code todos.onCreate(null).nextItem(Duration.ofSeconds(30))}.
     */
    public TypedSubscription<T> onCreate(@Nullable Map<String, ?> filter) {
        return typed(model.onCreate(filter), "onCreate");
    }

    /** Subscribes to the items updated from now on that match {@code filter}, as {@link #onCreate} does. */
    public TypedSubscription<T> onUpdate(@Nullable Map<String, ?> filter) {
        return typed(model.onUpdate(filter), "onUpdate");
    }

    /** Subscribes to the items deleted from now on that match {@code filter}, as {@link #onCreate} does. */
    public TypedSubscription<T> onDelete(@Nullable Map<String, ?> filter) {
        return typed(model.onDelete(filter), "onDelete");
    }

    private Map<String, Object> input(T item) {
        Map<String, Object> fields = new LinkedHashMap<>(json.convertValue(item, FIELDS));
        fields.keySet().removeAll(READ_ONLY);
        return fields;
    }

    private ModelResult<T> typed(ModelResult<Map<String, Object>> result) {
        return result.map(this::item);
    }

    private TypedSubscription<T> typed(GraphqlSubscription subscription, String role) {
        return new TypedSubscription<>(subscription, this::item, role + " subscription of model `" + name() + "`");
    }

    private T item(Map<String, Object> fields) {
        return json.convertValue(fields, type);
    }

    @Override
    public String toString() {
        return "TypedModelClient{" + name() + " as " + type.getName() + "}";
    }
}
