package dev.forte.server.internal.execution;

import dev.forte.server.internal.storage.ModelStore;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Reads records by primary key in batches, one request at a time: the {@code belongsTo} fields of a list's items
 * ask for their parents one by one, graphql-java's data loader collects the keys of one level of the response, and
 * {@link ModelStore#getAll} reads each model's keys with one statement. Nothing is cached between loads: a mutation
 * later in the same request must read what the earlier one wrote, as AppSync's resolvers would.
 */
final class RecordLoader {
    static final String NAME = "forte.records";
    /** Keeps one statement's parameters well within PostgreSQL's limit, even for wide composite keys. */
    private static final int MAX_BATCH = 500;
    private static final DataLoaderOptions OPTIONS =
            DataLoaderOptions.newOptions().setCachingEnabled(false).setMaxBatchSize(MAX_BATCH).build();

    private final ModelStore store;

    RecordLoader(ModelStore store) {
        this.store = store;
    }

    /** Returns a registry holding this request's loader, to be handed to graphql-java with the request. */
    DataLoaderRegistry newRegistry() {
        DataLoader<RecordKey, @Nullable Map<String, Object>> loader =
                DataLoaderFactory.newDataLoader(NAME, this::readAll, OPTIONS);
        return DataLoaderRegistry.newRegistry().register(NAME, loader).build();
    }

    /**
     * Returns the record of {@code model} with {@code key}, or null, once the level's batch is read; read at once
     * where the request has no loader (a real-time delivery never gets here, but an execution without one still
     * answers).
     */
    CompletableFuture<@Nullable Map<String, Object>> load(DataFetchingEnvironment environment, String model,
            Map<String, Object> key) {
        DataLoader<RecordKey, @Nullable Map<String, Object>> loader = environment.getDataLoader(NAME);
        if (loader == null) {
            return CompletableFuture.completedFuture(store.get(model, key).orElse(null));
        }
        return loader.load(new RecordKey(model, key));
    }

    private CompletionStage<List<@Nullable Map<String, Object>>> readAll(List<RecordKey> keys) {
        try {
            return CompletableFuture.completedFuture(read(keys));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Reads the keys model by model and answers in the order they were asked. */
    private List<@Nullable Map<String, Object>> read(List<RecordKey> keys) {
        Map<String, List<Integer>> positions = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            positions.computeIfAbsent(keys.get(i).model(), model -> new ArrayList<>()).add(i);
        }
        List<@Nullable Map<String, Object>> records = new ArrayList<>(Collections.nCopies(keys.size(), null));
        positions.forEach((model, indexes) -> {
            List<Optional<Map<String, Object>>> found =
                    store.getAll(model, indexes.stream().map(i -> keys.get(i).key()).toList());
            for (int i = 0; i < indexes.size(); i++) {
                records.set(indexes.get(i), found.get(i).orElse(null));
            }
        });
        return records;
    }

    /** The primary key of a record of {@code model}. */
    record RecordKey(String model, Map<String, Object> key) {}
}
