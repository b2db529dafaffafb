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
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The reads of a model type's fields that are more than a map lookup: an owner field reads as the part after the
 * last {@code ::} of what is stored ({@code Todo.owner.res.vtl}), and a field with rules of its own is null with
 * {@code Unauthorized} ("Not Authorized to access salary on type Employee") for a caller those rules do not admit,
 * and null without an error inside a mutation's result ({@link #emptyInMutationResults}).
 */
final class ModelFieldReads {
    private ModelFieldReads() {}

    static void wire(Model model, ModelPolicy policy, RuntimeWiring.Builder wiring) {
        List<String> ownerFields = policy.rules().ownerFields();
        Set<String> fields = new LinkedHashSet<>(ownerFields);
        fields.addAll(policy.fieldRules().keySet());
        model.relationshipFields().forEach(relationship -> fields.remove(relationship.name()));
        for (String field : fields) {
            DataFetcher<?> read = ownerFields.contains(field) ? ownerRead(field) : plainRead(field);
            ModelRules rules = policy.fieldRules().get(field);
            DataFetcher<?> fetcher = rules == null ? read
                    : guarded(emptyInMutationResults(model, read, () -> null), rules, model.name(), field);
            wiring.type(model.name(), type -> type.dataFetcher(field, fetcher));
        }
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
    static DataFetcher<?> emptyInMutationResults(Model model, DataFetcher<?> read, Supplier<@Nullable Object> empty) {
        if (!model.isEnabled(ModelOperation.SUBSCRIPTIONS)) {
            return read;
        }
        return environment -> environment.getOperationDefinition().getOperation() == Operation.MUTATION
                ? empty.get() : read.get(environment);
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
