package dev.forte.server.internal.storage;

import dev.forte.schema.DataSchema;
import dev.forte.schema.Model;
import dev.forte.schema.SecondaryIndex;
import dev.forte.transform.ModelNames;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A key of a table, the primary key or a secondary index: a partition key and zero or more sort keys.
 *
 * @param name the index's resolved name ({@code productsByName}); empty for the primary key
 */
record IndexLayout(String name, String partitionKey, List<String> sortKeys) {

    IndexLayout {
        sortKeys = List.copyOf(sortKeys);
    }

    static IndexLayout primaryKey(List<String> identifier) {
        return new IndexLayout("", identifier.get(0), identifier.subList(1, identifier.size()));
    }

    static IndexLayout of(String model, SecondaryIndex index) {
        String name = index.name() != null ? index.name() : defaultName(model, index);
        return new IndexLayout(name, index.partitionKey(), index.sortKeys());
    }

    /**
     * Returns the index of the child {@code model} that a {@code hasMany} or {@code hasOne} field of another model
     * queries: named as Amplify names its GSI, {@code gsi-Post.comments}, keyed by the relationship's reference
     * fields (the first the partition key, the rest the sort key). {@code belongsTo} fields read the parent's
     * primary key and need no index.
     */
    static List<IndexLayout> relationshipIndexes(DataSchema schema, Model model) {
        return ModelNames.relationships(schema).stream()
                .filter(binding -> binding.fromParent() && binding.relatedModel().equals(model.name()))
                .map(binding -> new IndexLayout(Objects.requireNonNull(binding.indexName()),
                        binding.referenceFields().get(0),
                        binding.referenceFields().subList(1, binding.referenceFields().size())))
                .toList();
    }

    /** Returns Amplify's default index name, e.g. {@code productsByCategoryAndPrice}. */
    static String defaultName(String model, SecondaryIndex index) {
        String plural = plural(model);
        return Character.toLowerCase(plural.charAt(0)) + plural.substring(1) + keySuffix(index.partitionKey(), index.sortKeys());
    }

    /** Returns {@code By<PartitionKey>And<SortKey>...}, the part of a default index name after the plural. */
    static String keySuffix(String partitionKey, List<String> sortKeys) {
        StringBuilder suffix = new StringBuilder("By").append(capitalize(partitionKey));
        sortKeys.forEach(key -> suffix.append("And").append(capitalize(key)));
        return suffix.toString();
    }

    String keySuffix() {
        return keySuffix(partitionKey, sortKeys);
    }

    boolean isPrimary() {
        return name.isEmpty();
    }

    boolean hasSortKey() {
        return !sortKeys.isEmpty();
    }

    /** Returns the partition key followed by the sort keys. */
    List<String> fields() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(partitionKey), sortKeys.stream()).toList();
    }

    /**
     * Returns the SQL of the sort key with each part rendered by {@code part}. A single sort key keeps its type;
     * several are compared as DynamoDB compares the {@code a#b} attribute: as one string.
     */
    String sortKeySql(Map<String, ColumnKind> kinds, Function<String, String> part) {
        if (sortKeys.size() == 1) {
            return part.apply(sortKeys.get(0));
        }
        return sortKeys.stream()
                .map(key -> kinds.get(key) == ColumnKind.TEXT ? part.apply(key) : "(" + part.apply(key) + ")::text")
                .collect(Collectors.joining(" || '#' || ", "((", ") COLLATE \"C\")"));
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** English plural as Amplify's {@code pluralize} gives it for common model names. */
    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.matches(".*(s|x|z|ch|sh)")) {
            return word + "es";
        }
        return word + "s";
    }
}
