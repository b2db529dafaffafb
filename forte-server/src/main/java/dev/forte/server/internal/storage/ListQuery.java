package dev.forte.server.internal.storage;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A list ({@code listTodos}) or index query ({@code listProductByName}).
 *
 * @param index the secondary index's resolved name ({@code productsByName}), or null for the primary key
 * @param partitionKey the partition key's value for a key query, or null for a scan of the whole table
 * @param sortKeyCondition the sort-key argument as coerced, e.g. {@code {"between": [1, 5]}} for one sort field,
 *     or {@code {"beginsWith": {"releasedOn": "2024"}}} for a composite sort key; null when absent
 * @param filter the {@code filter} argument, or null
 * @param limit the page size (AppSync's default of 100 already applied)
 * @param nextToken the opaque token from the previous page, or null for the first page
 * @param descending {@code sortDirection: DESC}
 */
public record ListQuery(
        String model,
        @Nullable String index,
        @Nullable Object partitionKey,
        @Nullable Map<String, Object> sortKeyCondition,
        @Nullable Map<String, Object> filter,
        int limit,
        @Nullable String nextToken,
        boolean descending) {}
