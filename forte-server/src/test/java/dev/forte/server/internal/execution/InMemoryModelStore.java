package dev.forte.server.internal.execution;

import dev.forte.server.internal.storage.ConditionFailedException;
import dev.forte.server.internal.storage.ListQuery;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.server.internal.storage.Page;
import dev.forte.server.internal.storage.WrittenItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A map-backed store for engine tests: keys by {@code id}, no filters, a condition is "fails when it has an
 * {@code eq} on a field the item does not equal". The PostgreSQL store is exercised by the end-to-end tests.
 */
final class InMemoryModelStore implements ModelStore {
    final Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    final List<ListQuery> queries = new ArrayList<>();
    private long sequence;

    @Override
    public Optional<Map<String, Object>> get(String model, Map<String, Object> key) {
        return Optional.ofNullable(items.get(model + "/" + key.get("id")));
    }

    @Override
    public Page list(ListQuery query) {
        queries.add(query);
        List<Map<String, Object>> page = items.values().stream().limit(query.limit()).toList();
        return new Page(page, null);
    }

    @Override
    public WrittenItem create(String model, Map<String, Object> item, @Nullable Map<String, Object> condition) {
        if (items.putIfAbsent(model + "/" + item.get("id"), item) != null) {
            throw new ConditionFailedException("exists");
        }
        return written(item);
    }

    @Override
    public WrittenItem update(String model, Map<String, Object> changes, @Nullable Map<String, Object> condition) {
        Map<String, Object> old = items.get(model + "/" + changes.get("id"));
        if (old == null || fails(old, condition)) {
            throw new ConditionFailedException("condition");
        }
        Map<String, Object> updated = new HashMap<>(old);
        changes.forEach((field, value) -> {
            if (value == null) {
                updated.remove(field);
            } else {
                updated.put(field, value);
            }
        });
        items.put(model + "/" + changes.get("id"), updated);
        return written(updated);
    }

    @Override
    public WrittenItem delete(String model, Map<String, Object> key, @Nullable Map<String, Object> condition) {
        Map<String, Object> old = items.get(model + "/" + key.get("id"));
        if (old == null || fails(old, condition)) {
            throw new ConditionFailedException("condition");
        }
        return written(items.remove(model + "/" + key.get("id")));
    }

    private WrittenItem written(Map<String, Object> item) {
        return new WrittenItem(item, ++sequence);
    }

    @SuppressWarnings("unchecked")
    private static boolean fails(Map<String, Object> item, @Nullable Map<String, Object> condition) {
        if (condition == null) {
            return false;
        }
        return condition.entrySet().stream().anyMatch(entry -> entry.getValue() instanceof Map<?, ?> ops
                && ops.containsKey("eq") && !ops.get("eq").equals(item.get(entry.getKey())));
    }
}
