package dev.forte.server.internal.execution;

import dev.forte.schema.AuthOperation;
import dev.forte.server.internal.auth.AccessDecision;
import dev.forte.server.internal.storage.InvalidNextTokenException;
import dev.forte.server.internal.storage.ListQuery;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.server.internal.storage.Page;
import dev.forte.transform.OperationBinding;
import graphql.schema.DataFetcher;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The resolvers of {@code getTodo}, {@code listTodos} and index queries ({@code listProductByName}). */
final class QueryResolvers {
    /** AppSync's {@code $util.defaultIfNull($args.limit, 100)}. */
    static final int DEFAULT_LIMIT = 100;
    /**
     * The most items one page holds. AppSync has no limit of its own but DynamoDB stops a page at 1 MB and
     * returns a {@code nextToken}; Forte stops at this many items the same way, so clients that loop on
     * {@code nextToken} (as every Amplify client does) see the same behaviour.
     */
    static final int MAX_PAGE_ITEMS = 1000;

    private final ModelStore store;

    QueryResolvers(ModelStore store) {
        this.store = store;
    }

    DataFetcher<?> get(OperationBinding binding, ModelPolicy policy) {
        RecordAccess access = new RecordAccess(policy, binding);
        return environment -> {
            AccessDecision decision = access.require(environment, AuthOperation.GET);
            Optional<Map<String, Object>> item = store.get(binding.model(), keyOf(binding, environment.getArguments()));
            item.ifPresent(record -> access.requirePermits(decision, record));
            return item.orElse(null);
        };
    }

    DataFetcher<?> list(OperationBinding binding, ModelPolicy policy) {
        RecordAccess access = new RecordAccess(policy, binding);
        return environment -> {
            AccessDecision decision = access.require(environment, AuthOperation.LIST);
            Map<String, @Nullable Object> arguments = environment.getArguments();
            KeyConditionValidator.validate(binding, arguments);
            return connection(page(store, toQuery(binding, arguments, decision)));
        };
    }

    /** Returns one page of {@code query}; a bad {@code nextToken} is AppSync's {@code InvalidNextTokenException}. */
    static Page page(ModelStore store, ListQuery query) {
        try {
            return store.list(query);
        } catch (InvalidNextTokenException e) {
            throw new ResolverException("InvalidNextTokenException", "Invalid nextToken: " + e.getMessage());
        }
    }

    /** Returns {@code page} as a {@code Model...Connection}: {@code {items, nextToken}}. */
    static Map<String, @Nullable Object> connection(Page page) {
        Map<String, @Nullable Object> connection = new LinkedHashMap<>();
        connection.put("items", page.items());
        connection.put("nextToken", page.nextToken());
        return connection;
    }

    @SuppressWarnings("unchecked")
    private static ListQuery toQuery(OperationBinding binding, Map<String, @Nullable Object> arguments,
            AccessDecision decision) {
        String sortArgument = binding.sortKeyArgument();
        return new ListQuery(
                binding.model(),
                binding.indexName(),
                arguments.get(binding.keyFields().get(0)),
                sortArgument == null ? null : givenOperators(arguments.get(sortArgument)),
                RecordAccess.narrowed(decision, (Map<String, Object>) arguments.get("filter")),
                limit(arguments.get("limit")),
                (String) arguments.get("nextToken"),
                "DESC".equals(arguments.get("sortDirection")));
    }

    /** Amplify's templates apply a key-condition operator only when its value is not null. */
    private static @Nullable Map<String, Object> givenOperators(@Nullable Object argument) {
        if (!(argument instanceof Map<?, ?> condition)) {
            return null;
        }
        Map<String, Object> given = new LinkedHashMap<>();
        condition.forEach((operator, value) -> {
            if (value != null) {
                given.put((String) operator, value);
            }
        });
        return given;
    }

    /** Returns the {@code limit} argument with AppSync's default, refusing values below 1 as DynamoDB does. */
    static int limit(@Nullable Object argument) {
        if (argument == null) {
            return DEFAULT_LIMIT;
        }
        int limit = ((Number) argument).intValue();
        if (limit < 1) {
            throw new ResolverException("DynamoDB:DynamoDbException", "1 validation error detected: Value '" + limit
                    + "' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
        }
        return Math.min(limit, MAX_PAGE_ITEMS);
    }

    static Map<String, Object> keyOf(OperationBinding binding, Map<String, ?> values) {
        Map<String, Object> key = new HashMap<>();
        for (String field : binding.keyFields()) {
            Object value = values.get(field);
            if (value != null) {
                key.put(field, value);
            }
        }
        return key;
    }
}
