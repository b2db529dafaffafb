package dev.forte.server.internal.execution;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.server.internal.auth.AccessDecision;
import dev.forte.server.internal.auth.ModelRules;
import dev.forte.server.internal.auth.RequestIdentity;
import graphql.execution.DataFetcherResult;
import graphql.language.OperationDefinition.Operation;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reads of a model type's fields that are more than a map lookup: an owner field reads as the part after the
 * last {@code ::} of what is stored ({@code Todo.owner.res.vtl}), and a field with a field check
 * ({@link dev.forte.server.internal.auth.RoleMatrix#fieldCheck}: its own rules, or the model's when a field's rules
 * add a role) is null with {@code Unauthorized} ("Not Authorized to access salary on type Employee") for a caller the
 * check does not admit, and null without an error inside a mutation's result ({@link #emptyInMutationResults}) and in
 * real-time deliveries.
 */
final class ModelFieldReads {
    private static final DataFetcher<@Nullable Object> NULL_READ = environment -> null;

    private ModelFieldReads() {}

    static void wire(Model model, ModelPolicy policy, RuntimeWiring.Builder wiring) {
        List<String> ownerFields = policy.rules().ownerFields();
        Set<String> fields = new LinkedHashSet<>(ownerFields);
        model.storedFields().forEach(field -> fields.add(field.name()));
        for (String field : fields) {
            Optional<ModelRules> check = policy.matrix().fieldCheck(field);
            if (check.isEmpty() && !ownerFields.contains(field)) {
                continue;
            }
            DataFetcher<?> read = ownerFields.contains(field) ? ownerRead(field) : plainRead(field);
            DataFetcher<?> fetcher = check.isPresent() ? checked(model, read, NULL_READ, check.get(), field) : read;
            wiring.type(model.name(), type -> type.dataFetcher(field, fetcher));
        }
    }

    /**
     * Returns {@code read} behind a field check ({@link #guarded}), empty inside a mutation's result
     * ({@link #emptyInMutationResults}) and in real-time deliveries, which carry what the mutation returned.
     */
    static DataFetcher<?> checked(Model model, DataFetcher<?> read, DataFetcher<?> empty, ModelRules check,
            String field) {
        DataFetcher<?> guarded = guarded(emptyInMutationResults(model, read, empty), check, model.name(), field);
        return environment -> environment.getGraphQlContext().hasKey(SubscriptionRootFetcher.Delivery.class)
                ? null : guarded.get(environment);
    }

    private static DataFetcher<?> plainRead(String field) {
        return environment -> {
            Map<String, Object> source = environment.getSource();
            return source == null ? null : source.get(field);
        };
    }

    private static DataFetcher<?> ownerRead(String field) {
        return environment -> {
            Map<String, Object> source = environment.getSource();
            Object stored = source == null ? null : source.get(field);
            return stored == null ? null : ModelRules.readValue(stored);
        };
    }

    /**
     * Returns {@code read}, except inside a mutation's result, where the field reads as {@code empty} when its model
     * has subscriptions: AppSync's resolvers of fields with rules of their own answer so when the source is a
     * mutation's result ({@code __operation == "Mutation"}: {@code Post.secret.res.vtl}, {@code deniedField} for
     * relationships), because subscriptions carry what the mutation returned to subscribers those rules may not
     * admit. The field's rules are checked before this (a refused caller still gets {@code Unauthorized}).
     */
    static DataFetcher<?> emptyInMutationResults(Model model, DataFetcher<?> read, DataFetcher<?> empty) {
        if (!model.isEnabled(ModelOperation.SUBSCRIPTIONS)) {
            return read;
        }
        return environment -> environment.getOperationDefinition().getOperation() == Operation.MUTATION
                ? empty.get(environment) : read.get(environment);
    }

    /** Returns {@code read} for callers {@code rules} admit to the source record, else null with Unauthorized. */
    static DataFetcher<?> guarded(DataFetcher<?> read, ModelRules rules, String typeName, String field) {
        return environment -> {
            RequestIdentity identity = environment.getGraphQlContext().get(RequestIdentity.class);
            Map<String, Object> source = environment.getSource();
            if (identity != null && source != null && admits(rules.decide(identity, AuthOperation.GET), source)) {
                return read.get(environment);
            }
            return DataFetcherResult.newResult().error(new AppSyncError("Unauthorized",
                    "Not Authorized to access " + field + " on type " + typeName,
                    environment.getExecutionStepInfo().getPath(), environment.getField().getSourceLocation()))
                    .build();
        };
    }

    static boolean admits(AccessDecision decision, @Nullable Map<String, ?> record) {
        if (decision instanceof AccessDecision.Granted) {
            return true;
        }
        return record != null && decision instanceof AccessDecision.Conditional conditional
                && conditional.permits(record);
    }
}
