package dev.forte.data;

import dev.forte.schema.SecondaryIndex;
import java.util.List;

/**
 * One secondary index, from {@code index.of("category")} in {@code .secondaryIndexes(index -> List.of(...))}.
 * Without {@code .name} and {@code .queryField} the index gets Amplify's defaults, e.g. query field
 * {@code listProductByCategoryAndPrice}.
 */
public final class ModelIndex {
    private final SecondaryIndex index;

    ModelIndex(SecondaryIndex index) {
        this.index = index;
    }

    /** Returns this index with sort key fields, in order: Amplify's {@code .sortKeys(['price'])}. */
    public ModelIndex sortKeys(String... fields) {
        return new ModelIndex(new SecondaryIndex(index.partitionKey(), List.of(fields), index.name(),
                index.queryField(), index.queryDisabled()));
    }

    /** Returns this index with its own name instead of Amplify's default (e.g. {@code productsByCategory}). */
    public ModelIndex name(String name) {
        return new ModelIndex(new SecondaryIndex(index.partitionKey(), index.sortKeys(), name, index.queryField(),
                index.queryDisabled()));
    }

    /** Returns this index with its own query field name on {@code Query}. */
    public ModelIndex queryField(String queryField) {
        return new ModelIndex(new SecondaryIndex(index.partitionKey(), index.sortKeys(), index.name(), queryField,
                false));
    }

    /** Returns this index without a query field: Amplify's {@code .queryField(null)}. */
    public ModelIndex noQueryField() {
        return new ModelIndex(new SecondaryIndex(index.partitionKey(), index.sortKeys(), index.name(), null, true));
    }

    SecondaryIndex index() {
        return index;
    }
}
