package dev.forte.server.internal.execution;

import dev.forte.server.internal.storage.ListQuery;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.server.internal.storage.Page;
import dev.forte.server.internal.storage.WrittenItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A store that passes every call to a real one and records the reads: what batching is meant to save. */
final class CountingModelStore implements ModelStore {
    private final ModelStore store;
    final List<String> gets = new ArrayList<>();
    final List<List<Map<String, Object>>> batches = new ArrayList<>();
    final List<ListQuery> lists = new ArrayList<>();
    final List<List<ListQuery>> pageBatches = new ArrayList<>();

    CountingModelStore(ModelStore store) {
        this.store = store;
    }

    void reset() {
        gets.clear();
        batches.clear();
        lists.clear();
        pageBatches.clear();
    }

    @Override
    public Optional<Map<String, Object>> get(String model, Map<String, Object> key) {
        gets.add(model);
        return store.get(model, key);
    }

    @Override
    public List<Optional<Map<String, Object>>> getAll(String model, List<Map<String, Object>> keys) {
        batches.add(keys);
        return store.getAll(model, keys);
    }

    @Override
    public Page list(ListQuery query) {
        lists.add(query);
        return store.list(query);
    }

    @Override
    public List<Page> listAll(List<ListQuery> queries) {
        pageBatches.add(queries);
        return store.listAll(queries);
    }

    @Override
    public WrittenItem create(String model, Map<String, Object> item, @Nullable Map<String, Object> condition) {
        return store.create(model, item, condition);
    }

    @Override
    public WrittenItem update(String model, Map<String, Object> changes, @Nullable Map<String, Object> condition) {
        return store.update(model, changes, condition);
    }

    @Override
    public WrittenItem delete(String model, Map<String, Object> key, @Nullable Map<String, Object> condition) {
        return store.delete(model, key, condition);
    }
}
