package dev.forte.schema;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One {@code @auth} rule, as Amplify renders it: {@code {allow: owner, provider: userPools, operations: [...],
 * ownerField: "owner"}}. Only {@code publicApiKey} is served so far; the other strategies are modelled so they
 * slot in without changing this type.
 *
 * @param operations the rule's {@code .to(...)} operations; empty means all
 */
public record AuthRule(
        AuthStrategy strategy,
        AuthProvider provider,
        Set<AuthOperation> operations,
        @Nullable String ownerField,
        List<String> groups,
        @Nullable String groupsField,
        @Nullable String identityClaim,
        @Nullable String groupClaim) {

    public AuthRule {
        operations = Set.copyOf(operations);
        groups = List.copyOf(groups);
    }

    /** Returns the rule {@code allow.publicApiKey()}. */
    public static AuthRule publicApiKey() {
        return new AuthRule(AuthStrategy.PUBLIC, AuthProvider.API_KEY, Set.of(), null, List.of(), null, null, null);
    }

    /** Returns true when the rule grants {@code operation} (a rule without {@code .to(...)} grants all). */
    public boolean allows(AuthOperation operation) {
        return operations.isEmpty() || operations.contains(operation)
                || (operation.isRead() && operations.contains(AuthOperation.READ));
    }
}
