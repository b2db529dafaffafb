package dev.forte.transform.internal;

import dev.forte.schema.Model;
import dev.forte.schema.SecondaryIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A secondary index with Amplify's defaults applied.
 *
 * @param name the declared name or the default ({@code productsByCategoryAndPrice})
 * @param queryField the declared or default query field; null when the query is disabled
 */
public record ResolvedIndex(
        SecondaryIndex declared, String name, String partitionKey, List<String> sortKeys, @Nullable String queryField) {

    public ResolvedIndex {
        sortKeys = List.copyOf(sortKeys);
    }

    /**
     * Returns the model's indexes in the order Amplify processes them: by the position of the partition-key field
     * (each {@code @index} sits on that field), then in declaration order.
     */
    public static List<ResolvedIndex> of(Model model) {
        List<SecondaryIndex> declared = new ArrayList<>(model.secondaryIndexes());
        declared.sort(Comparator.comparingInt(index -> fieldPosition(model, index.partitionKey())));
        return declared.stream().map(index -> resolve(model, index)).toList();
    }

    private static ResolvedIndex resolve(Model model, SecondaryIndex index) {
        String name = index.name() != null ? index.name()
                : AmplifyNames.defaultIndexName(model.name(), index.partitionKey(), index.sortKeys());
        String queryField = index.queryDisabled() ? null
                : index.queryField() != null ? index.queryField()
                : AmplifyNames.defaultIndexQueryField(model.name(), index.partitionKey(), index.sortKeys());
        return new ResolvedIndex(index, name, index.partitionKey(), index.sortKeys(), queryField);
    }

    private static int fieldPosition(Model model, String fieldName) {
        for (int i = 0; i < model.fields().size(); i++) {
            if (model.fields().get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
