package dev.forte.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code @auth} rule, as Amplify renders it: {@code {allow: owner, provider: userPools, operations: [...],
 * ownerField: "owner"}}.
 *
 * @param provider the provider the rule names, or null for the strategy's default ({@link #effectiveProvider})
 * @param operations the rule's {@code .to(...)} operations in declaration order; empty means all
 * @param ownerField the field holding the owner(s) of an owner rule
 * @param multiple whether the owner or groups field holds a list ({@code ownersDefinedIn}, {@code groupsDefinedIn})
 * @param groups the static groups of {@code allow.group(s)}
 * @param groupsField the field holding the group(s) of {@code allow.group(s)DefinedIn}
 */
public record AuthRule(
        AuthStrategy strategy,
        @Nullable AuthProvider provider,
        List<AuthOperation> operations,
        @Nullable String ownerField,
        boolean multiple,
        List<String> groups,
        @Nullable String groupsField,
        @Nullable String identityClaim,
        @Nullable String groupClaim) {

    /** The field {@code allow.owner()} stores the owner in. */
    public static final String DEFAULT_OWNER_FIELD = "owner";

    public AuthRule {
        operations = List.copyOf(operations);
        groups = List.copyOf(groups);
    }

    /** Returns the rule {@code allow.publicApiKey()}. */
    public static AuthRule publicApiKey() {
        return of(AuthStrategy.PUBLIC, AuthProvider.API_KEY);
    }

    /** Returns {@code allow.custom()}: callers whose token the API's Lambda authorizer accepts. */
    public static AuthRule custom() {
        return of(AuthStrategy.CUSTOM, null);
    }

    /** Returns a rule of {@code strategy} with no field, group, claim or operations. */
    public static AuthRule of(AuthStrategy strategy, @Nullable AuthProvider provider) {
        return new AuthRule(strategy, provider, List.of(), null, false, List.of(), null, null, null);
    }

    /** Returns the provider that checks the rule: the declared one, else the strategy's default. */
    public AuthProvider effectiveProvider() {
        if (provider != null) {
            return provider;
        }
        return switch (strategy) {
            case PUBLIC -> AuthProvider.API_KEY;
            case CUSTOM -> AuthProvider.FUNCTION;
            default -> AuthProvider.USER_POOLS;
        };
    }

    /** Returns the field an owner or dynamic-group rule reads, or null for the other rules. */
    public @Nullable String field() {
        return ownerField != null ? ownerField : groupsField;
    }

    /** Returns true when the rule grants {@code operation} (a rule without {@code .to(...)} grants all). */
    public boolean allows(AuthOperation operation) {
        return operations.isEmpty() || operations.contains(operation)
                || (operation.isRead() && operations.contains(AuthOperation.READ));
    }

    /** Returns a copy with {@code .to(...)} set. */
    public AuthRule withOperations(List<AuthOperation> newOperations) {
        return new AuthRule(strategy, provider, newOperations, ownerField, multiple, groups, groupsField,
                identityClaim, groupClaim);
    }

    /** Returns a copy with the owner or groups field set. */
    public AuthRule withField(String field, boolean list) {
        return strategy == AuthStrategy.GROUPS
                ? new AuthRule(strategy, provider, operations, null, list, groups, field, identityClaim, groupClaim)
                : new AuthRule(strategy, provider, operations, field, list, groups, null, identityClaim, groupClaim);
    }

    /** Returns a copy with static groups. */
    public AuthRule withGroups(List<String> newGroups) {
        return new AuthRule(strategy, provider, operations, ownerField, multiple, newGroups, groupsField,
                identityClaim, groupClaim);
    }

    /** Returns a copy with {@code .identityClaim(claim)}. */
    public AuthRule withIdentityClaim(String claim) {
        return new AuthRule(strategy, provider, operations, ownerField, multiple, groups, groupsField, claim,
                groupClaim);
    }

    /** Returns a copy with {@code .withClaimIn(claim)}. */
    public AuthRule withGroupClaim(String claim) {
        return new AuthRule(strategy, provider, operations, ownerField, multiple, groups, groupsField,
                identityClaim, claim);
    }
}
