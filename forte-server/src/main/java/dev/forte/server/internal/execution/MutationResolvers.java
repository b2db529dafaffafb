package dev.forte.server.internal.execution;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.Model;
import dev.forte.server.internal.auth.AccessDecision;
import dev.forte.server.internal.storage.ConditionFailedException;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.transform.OperationBinding;
import graphql.schema.DataFetcher;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The resolvers of {@code createTodo}, {@code updateTodo} and {@code deleteTodo}, following Amplify's templates
 * ({@code Mutation.createTodo.init.1.req.vtl}, {@code Mutation.createTodo.req.vtl}, ...): create fills
 * {@code id}, {@code createdAt}, {@code updatedAt} and defaults; update refreshes {@code updatedAt} and removes
 * explicit nulls; delete returns the old item; a failed condition is DynamoDB's ConditionalCheckFailedException.
 */
final class MutationResolvers {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ModelStore store;
    private final Clock clock;
    private final List<OperationBinding> bindings;

    MutationResolvers(ModelStore store, Clock clock, List<OperationBinding> bindings) {
        this.store = store;
        this.clock = clock;
        this.bindings = List.copyOf(bindings);
    }

    DataFetcher<?> create(OperationBinding binding, Model model, ModelPolicy policy) {
        Map<String, Object> defaults = ItemDefaults.of(model);
        CompositeSortKeys compositeKeys = CompositeSortKeys.of(model, bindings);
        RecordAccess access = new RecordAccess(policy, binding);
        return environment -> {
            AccessDecision decision = access.require(environment, AuthOperation.CREATE);
            Map<String, @Nullable Object> input = environment.getArgument("input");
            Map<String, Object> item = new LinkedHashMap<>(defaults);
            if (model.hasDefaultIdentifier()) {
                item.put(Model.DEFAULT_IDENTIFIER, UUID.randomUUID().toString());
            }
            String now = now();
            item.put("createdAt", now);
            item.put("updatedAt", now);
            input.forEach((field, value) -> {
                if (value != null) {
                    item.put(field, value);
                }
            });
            access.stampOwners(environment, item, input);
            access.requirePermits(decision, item);
            access.requireFieldWrites(environment, AuthOperation.CREATE, input, () -> Optional.of(item));
            compositeKeys.requireComplete(item, "creating");
            return conditional(() -> store.create(binding.model(), item, environment.getArgument("condition")));
        };
    }

    DataFetcher<?> update(OperationBinding binding, Model model, ModelPolicy policy) {
        CompositeSortKeys compositeKeys = CompositeSortKeys.of(model, bindings);
        RecordAccess access = new RecordAccess(policy, binding);
        return environment -> {
            AccessDecision decision = access.require(environment, AuthOperation.UPDATE);
            Map<String, @Nullable Object> input = environment.getArgument("input");
            Map<String, Object> key = QueryResolvers.keyOf(binding, input);
            access.requireExistingPermitted(decision, store.get(binding.model(), key));
            access.requireFieldWrites(environment, AuthOperation.UPDATE, input, () -> store.get(binding.model(), key));
            Map<String, @Nullable Object> changes = new LinkedHashMap<>();
            changes.put("updatedAt", now());
            changes.putAll(input);
            compositeKeys.requireComplete(changes, "updating");
            return conditional(() -> store.update(binding.model(), changes, environment.getArgument("condition")));
        };
    }

    DataFetcher<?> delete(OperationBinding binding, ModelPolicy policy) {
        RecordAccess access = new RecordAccess(policy, binding);
        return environment -> {
            AccessDecision decision = access.require(environment, AuthOperation.DELETE);
            Map<String, Object> key = QueryResolvers.keyOf(binding, environment.getArgument("input"));
            access.requireExistingPermitted(decision, store.get(binding.model(), key));
            return conditional(() -> store.delete(binding.model(), key, environment.getArgument("condition")));
        };
    }

    private String now() {
        return ISO_MILLIS.format(clock.instant());
    }

    private static Map<String, Object> conditional(Supplier<Map<String, Object>> write) {
        try {
            return write.get();
        } catch (ConditionFailedException e) {
            throw conditionalCheckFailed();
        }
    }

    static ResolverException conditionalCheckFailed() {
        return new ResolverException("DynamoDB:ConditionalCheckFailedException",
                "The conditional request failed (Service: DynamoDb, Status Code: 400, Request ID: "
                        + UUID.randomUUID() + ")");
    }
}
