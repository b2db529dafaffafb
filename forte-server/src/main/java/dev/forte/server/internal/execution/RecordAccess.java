package dev.forte.server.internal.execution;

import dev.forte.schema.AuthOperation;
import dev.forte.server.internal.auth.AccessDecision;
import dev.forte.server.internal.auth.ModelRules;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.auth.RoleMatrix;
import dev.forte.transform.OperationBinding;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Applies a model's rules inside its resolvers, where Amplify's auth steps run: before the data source for
 * list and create (auth filter, owner stamping), after reading the record for get, update and delete. A denial
 * is AppSync's {@code Unauthorized} error, "Not Authorized to access getTodo on type Query".
 */
final class RecordAccess {
    private final ModelPolicy policy;
    private final OperationBinding binding;

    RecordAccess(ModelPolicy policy, OperationBinding binding) {
        this.policy = policy;
        this.binding = binding;
    }

    /** Returns the decision for the caller of {@code environment}; throws when it may do nothing. */
    AccessDecision require(DataFetchingEnvironment environment, AuthOperation operation) {
        AccessDecision decision = policy.rulesFor(operation).decide(identity(environment), operation);
        if (decision instanceof AccessDecision.Denied) {
            throw unauthorized();
        }
        return decision;
    }

    /** Throws unless {@code decision} lets the caller at {@code record}. */
    void requirePermits(AccessDecision decision, Map<String, ?> record) {
        if (decision instanceof AccessDecision.Conditional conditional && !conditional.permits(record)) {
            throw unauthorized();
        }
    }

    /**
     * Throws unless the record exists and {@code decision} lets the caller at it (update and delete); {@code record}
     * is read only when the decision depends on it.
     */
    void requireExistingPermitted(AccessDecision decision, Supplier<Optional<Map<String, Object>>> record) {
        if (decision instanceof AccessDecision.Conditional) {
            requirePermits(decision, record.get().orElseThrow(this::unauthorized));
        }
    }

    /** Returns {@code filter} narrowed to what {@code decision} allows: {@code {"and":[authFilter, filter]}}. */
    static @Nullable Map<String, Object> narrowed(AccessDecision decision, @Nullable Map<String, Object> filter) {
        if (!(decision instanceof AccessDecision.Conditional conditional)) {
            return filter;
        }
        return filter == null ? conditional.filter() : Map.of("and", List.of(conditional.filter(), filter));
    }

    /** Adds the caller's owner values to {@code item} where the input left the owner field out. */
    void stampOwners(DataFetchingEnvironment environment, Map<String, Object> item, Map<String, ?> input) {
        policy.rules().ownersToStamp(identity(environment)).forEach((field, owner) -> {
            if (!input.containsKey(field)) {
                item.put(field, owner);
            }
        });
    }

    /**
     * Throws {@code Unauthorized on [salary]} when the input sets fields that no role admitting the caller to
     * {@code record} (the new item for a create, the stored one for an update) may write with {@code operation}, as
     * Amplify's {@code allowedFields}: with field rules, a role writes only the fields it has the operation on. Setting
     * a field to null in an update also needs a role that may delete it ({@code nullAllowedFields}), with or without
     * field rules. An update may always name the key; a create may set the {@code id} (or another field that is not
     * declared) only through a role that may create every field ({@code isAuthorizedOnAllFields}).
     */
    void requireFieldWrites(DataFetchingEnvironment environment, AuthOperation operation, Map<String, ?> input,
            Supplier<Optional<Map<String, Object>>> record) {
        boolean nulls = operation == AuthOperation.UPDATE && input.values().stream().anyMatch(Objects::isNull);
        if (!policy.matrix().hasFieldRules() && !nulls) {
            return;
        }
        RequestIdentity identity = identity(environment);
        List<String> denied = input.entrySet().stream()
                .filter(entry -> operation != AuthOperation.UPDATE || !binding.keyFields().contains(entry.getKey()))
                .filter(entry -> !writable(entry.getKey(), operation, identity, record)
                        || entry.getValue() == null && operation == AuthOperation.UPDATE
                        && !writable(entry.getKey(), AuthOperation.DELETE, identity, record))
                .map(Map.Entry::getKey).toList();
        if (!denied.isEmpty()) {
            throw new ResolverException("Unauthorized", "Unauthorized on " + denied);
        }
    }

    private boolean writable(String field, AuthOperation operation, RequestIdentity identity,
            Supplier<Optional<Map<String, Object>>> record) {
        RoleMatrix matrix = policy.matrix();
        Optional<ModelRules> rules = matrix.fieldWriteRules(field, operation);
        if (rules.isEmpty() && operation != AuthOperation.CREATE) {
            return true;
        }
        AccessDecision decision = rules.orElseGet(() -> matrix.everyFieldRules(operation)).decide(identity, operation);
        return decision instanceof AccessDecision.Granted
                || decision instanceof AccessDecision.Conditional conditional
                && record.get().map(conditional::permits).orElse(false);
    }

    ResolverException unauthorized() {
        return new ResolverException("Unauthorized",
                "Not Authorized to access " + binding.fieldName() + " on type " + binding.rootType());
    }

    private static RequestIdentity identity(DataFetchingEnvironment environment) {
        RequestIdentity identity = environment.getGraphQlContext().get(RequestIdentity.class);
        if (identity == null) {
            throw new IllegalStateException("No RequestIdentity in the GraphQL context");
        }
        return identity;
    }
}
