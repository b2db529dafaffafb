package dev.forte.codegen.internal.android;

import java.util.List;
import java.util.stream.Stream;

/**
 * A model's primary key.
 *
 * @param field the partition key field
 * @param custom true for a {@code @primaryKey} other than a lone {@code id} (Amplify's {@code CustomId})
 * @param sortKeys the sort key fields
 */
record PrimaryKey(String field, boolean custom, List<String> sortKeys) {
    PrimaryKey {
        sortKeys = List.copyOf(sortKeys);
    }

    /** Returns true for a custom key with sort keys: the identifier is a class of its own. */
    boolean composite() {
        return custom && !sortKeys.isEmpty();
    }

    List<String> fields() {
        return Stream.concat(Stream.of(field), sortKeys.stream()).toList();
    }
}
