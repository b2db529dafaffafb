package dev.forte.server.internal.execution;

import dev.forte.server.internal.storage.ListQuery;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.server.internal.storage.Page;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

/**
 * The reads of relationship fields, batched per request: the fields of one level of the response ask one by one,
 * graphql-java's data loaders collect what they asked, and the store answers each model's share with one statement:
 * the parents of {@code belongsTo} fields by primary key ({@link ModelStore#getAll}), the first pages of
 * {@code hasMany} and {@code hasOne} fields as they would be read alone ({@link ModelStore#listAll}). Nothing is
 * cached between loads: a mutation later in the same request must read what an earlier one wrote, as AppSync's
 * resolvers would.
 */
final class BatchedReads {
    private static final String RECORDS = "forte.records";
    private static final String PAGES = "forte.pages";
    /** Keeps one statement's parameters well within PostgreSQL's limit, even for wide keys and filters. */
    private static final int MAX_BATCH = 100;
    private static final DataLoaderOptions OPTIONS =
            DataLoaderOptions.newOptions().setCachingEnabled(false).setMaxBatchSize(MAX_BATCH).build();

    private final ModelStore store;

    BatchedReads(ModelStore store) {
        this.store = store;
    }

    /** Returns a registry holding this request's loaders, to be handed to graphql-java with the request. */
    DataLoaderRegistry newRegistry() {
        return DataLoaderRegistry.newRegistry()
                .register(RECORDS, DataLoaderFactory.newDataLoader(RECORDS, batch(this::records), OPTIONS))
                .register(PAGES, DataLoaderFactory.newDataLoader(PAGES, batch(this::pages), OPTIONS))
                .build();
    }

    /**
     * Returns the record of {@code model} with {@code key}, or null, once its level's batch is read; read at once
     * where the request has no loaders (a real-time delivery never gets here, but an execution without them still
     * answers).
     */
    CompletableFuture<@Nullable Map<String, Object>> record(DataFetchingEnvironment environment, String model,
            Map<String, Object> key) {
        DataLoader<RecordKey, @Nullable Map<String, Object>> loader = environment.getDataLoader(RECORDS);
        if (loader == null) {
            return CompletableFuture.completedFuture(store.get(model, key).orElse(null));
        }
        return loader.load(new RecordKey(model, key));
    }

    /** Returns the page {@code query} reads, once its level's batch is read; read at once without loaders. */
    CompletableFuture<Page> page(DataFetchingEnvironment environment, ListQuery query) {
        DataLoader<ListQuery, Page> loader = environment.getDataLoader(PAGES);
        if (loader == null) {
            return CompletableFuture.completedFuture(store.list(query));
        }
        return loader.load(query);
    }

    private List<@Nullable Map<String, Object>> records(List<RecordKey> keys) {
        return byModel(keys, RecordKey::model, (model, modelKeys) -> store
                .getAll(model, modelKeys.stream().map(RecordKey::key).toList()).stream()
                .map(found -> found.orElse(null)).toList());
    }

    private List<Page> pages(List<ListQuery> queries) {
        return byModel(queries, ListQuery::model, (model, modelQueries) -> store.listAll(modelQueries));
    }

    /** Reads {@code keys} model by model and answers in the order they were asked. */
    private static <K, V> List<V> byModel(List<K> keys, Function<K, String> modelOf,
            BiFunction<String, List<K>, List<V>> read) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.computeIfAbsent(modelOf.apply(keys.get(i)), model -> new ArrayList<>()).add(i);
        }
        List<V> values = new ArrayList<>(Collections.nCopies(keys.size(), null));
        positions.forEach((model, indexes) -> {
            List<V> answers = read.apply(model, indexes.stream().map(keys::get).toList());
            for (int i = 0; i < indexes.size(); i++) {
                values.set(indexes.get(i), answers.get(i));
            }
        });
        return values;
    }

    /** A failure of the store fails every load of the batch, each on its own field. */
    private static <K, V> BatchLoader<K, V> batch(Function<List<K>, List<V>> read) {
        return keys -> {
            try {
                return CompletableFuture.completedFuture(read.apply(keys));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        };
    }

    /** The primary key of a record of {@code model}. */
    record RecordKey(String model, Map<String, Object> key) {}
}
