package dev.forte.server.internal.auth;

import dev.forte.schema.ResourceOperation;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A backend function calling the API with the IAM credentials Forte issued it: a plain IAM principal (no identity
 * pool, PROTOCOL §2.4) whose access is its schema grant, {@code allow.resource(fn).to(...)}.
 *
 * @param operations the root operation types it may run: QUERY → Query, MUTATE → Mutation, LISTEN → Subscription
 */
public record FunctionPrincipal(String functionName, Set<ResourceOperation> operations) implements IamPrincipal {

    public FunctionPrincipal {
        operations = Set.copyOf(operations);
    }

    /** Returns whether the grant covers {@code rootOperation}; fields below the root (null) are always covered. */
    public boolean mayRun(@Nullable ResourceOperation rootOperation) {
        return rootOperation == null || operations.contains(rootOperation);
    }
}
