package dev.forte.server.internal.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the items of the schema's models with DynamoDB's semantics as AppSync's resolvers apply them.
 *
 * <p>Items are maps from field name to GraphQL-ready value: {@code String} for ID, String and every AWS scalar
 * except AWSTimestamp ({@code Long}) and AWSJSON (the JSON text as a {@code String}); {@code Integer}/{@code Long}
 * for Int, {@code Double} for Float, {@code Boolean}, {@code List} for arrays, {@code Map} for custom types, the
 * enum value's name for enums. An absent or null attribute is simply missing from the map. Filters and conditions
 * are the GraphQL input maps as graphql-java coerced them ({@code ModelTodoFilterInput}, ...).
 */
public interface ModelStore {

    /** Returns the item of {@code model} with primary key {@code key} (every identifier field), if it exists. */
    Optional<Map<String, Object>> get(String model, Map<String, Object> key);

    /**
     * Returns the items of {@code model} with the primary keys {@code keys}, in the order of {@code keys}, empty where
     * no item has the key. A key asked twice is answered twice. This default asks {@link #get} once per key; a store
     * that can read many keys at once overrides it.
     */
    default List<Optional<Map<String, Object>>> getAll(String model, List<Map<String, Object>> keys) {
        return keys.stream().map(key -> get(model, key)).toList();
    }

    /** Returns one page of a list or index query. */
    Page list(ListQuery query);

    /**
     * Returns one page for each of {@code queries}, all of one model, in their order. This default runs them one by
     * one; a store that can read many pages at once overrides it.
     */
    default List<Page> listAll(List<ListQuery> queries) {
        return queries.stream().map(this::list).toList();
    }

    /**
     * Inserts {@code item}, which the caller has completed (id, createdAt, updatedAt, defaults). Returns the stored
     * item; writes return it with its place in the change order ({@link WrittenItem#sequence}).
     *
     * @throws ConditionFailedException when an item with the same key exists or {@code condition} fails
     *     (evaluated against the absent item)
     */
    WrittenItem create(String model, Map<String, Object> item, @Nullable Map<String, Object> condition);

    /**
     * Updates the item with the key fields of {@code changes}: non-null values are set, explicit nulls removed;
     * the caller has set {@code updatedAt}. Returns the new item.
     *
     * @throws ConditionFailedException when the item does not exist or {@code condition} fails on it
     */
    WrittenItem update(String model, Map<String, Object> changes, @Nullable Map<String, Object> condition);

    /**
     * Deletes the item with primary key {@code key} and returns the old item.
     *
     * @throws ConditionFailedException when the item does not exist or {@code condition} fails on it
     */
    WrittenItem delete(String model, Map<String, Object> key, @Nullable Map<String, Object> condition);
}
