package dev.forte.server.internal.execution;

import dev.forte.schema.Model;
import dev.forte.schema.SecondaryIndex;
import dev.forte.transform.OperationBinding;
import dev.forte.transform.OperationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The composite sort keys (two or more sort fields) of a model's secondary indexes. A write that gives part of
 * one must give all of it, because the {@code releasedOn#name} attribute is rebuilt from every part
 * ({@code Mutation.createProduct.preAuth.2.req.vtl}).
 */
final class CompositeSortKeys {
    private final List<Key> keys;

    private CompositeSortKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    static CompositeSortKeys of(Model model, List<OperationBinding> bindings) {
        List<Key> keys = new ArrayList<>();
        for (SecondaryIndex index : model.secondaryIndexes()) {
            if (index.sortKeys().size() > 1) {
                keys.add(new Key(indexName(model, index, bindings), index.sortKeys()));
            }
        }
        return new CompositeSortKeys(keys);
    }

    /** Fails when {@code values} hold some but not all fields of a composite sort key. */
    void requireComplete(Map<String, ?> values, String verb) {
        for (Key key : keys) {
            boolean seen = key.fields().stream().anyMatch(values::containsKey);
            for (String field : key.fields()) {
                if (seen && !values.containsKey(field)) {
                    throw new ResolverException(null, "When " + verb + " any part of the composite sort key for "
                            + "@index '" + key.indexName() + "', you must provide all fields for the key. "
                            + "Missing key: '" + field + "'.");
                }
            }
        }
    }

    private static String indexName(Model model, SecondaryIndex index, List<OperationBinding> bindings) {
        if (index.name() != null) {
            return index.name();
        }
        List<String> keyFields = new ArrayList<>();
        keyFields.add(index.partitionKey());
        keyFields.addAll(index.sortKeys());
        return bindings.stream()
                .filter(b -> b.kind() == OperationKind.INDEX_QUERY && b.model().equals(model.name())
                        && b.keyFields().equals(keyFields) && b.indexName() != null)
                .map(OperationBinding::indexName)
                .findFirst()
                .orElse(model.name() + "By" + String.join("And", keyFields));
    }

    private record Key(String indexName, List<String> fields) {}
}
