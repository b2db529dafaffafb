package dev.forte.transform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Binds one generated root field ({@code Query.listProductByName}) to the model operation it performs.
 *
 * @param rootType {@code Query}, {@code Mutation} or {@code Subscription}
 * @param indexName for {@link OperationKind#INDEX_QUERY}, the index's resolved name ({@code productsByName}); else null
 * @param keyFields the key the field addresses, partition key first: the identifier for GET, LIST and the
 *     mutations, the index's partition and sort keys for INDEX_QUERY; empty for subscriptions
 * @param sortKeyArgument for LIST and INDEX_QUERY, the argument carrying the sort-key condition: the sort field's
 *     name ({@code price}) or, for several sort fields, their concatenation ({@code releasedOnName}); null when
 *     the key has no sort fields
 * @param subscribedMutations for subscriptions, the mutation fields of its {@code @aws_subscribe}; else empty
 */
public record OperationBinding(
        String rootType,
        String fieldName,
        String model,
        OperationKind kind,
        @Nullable String indexName,
        List<String> keyFields,
        @Nullable String sortKeyArgument,
        List<String> subscribedMutations) {

    public OperationBinding {
        keyFields = List.copyOf(keyFields);
        subscribedMutations = List.copyOf(subscribedMutations);
    }
}
