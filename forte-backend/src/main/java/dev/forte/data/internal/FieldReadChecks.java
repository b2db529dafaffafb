package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Amplify's transformer rule for field rules: once some field has rules of its own, a required field must be
 * readable by every caller who can read some field of the model, because AppSync cannot answer null for it. A
 * caller is a role: a rule without its operations, one per group of a static group rule. A field with rules of
 * its own is read by those rules' roles, any other field by the model's; a signed-in ({@code private}) role that
 * reads a field stands for the other roles of its provider there. Models without subscriptions are exempt, as in
 * the transformer.
 */
final class FieldReadChecks {
    private static final List<AuthOperation> READS = List.of(AuthOperation.GET, AuthOperation.LIST,
            AuthOperation.SYNC, AuthOperation.SEARCH, AuthOperation.LISTEN);

    private FieldReadChecks() {}

    static void check(Model model, List<AuthRule> modelRules) {
        boolean fieldRules = model.fields().stream().anyMatch(f -> !f.authorization().isEmpty());
        if (!fieldRules || model.disabledOperations().contains(ModelOperation.SUBSCRIPTIONS)) {
            return;
        }
        List<AuthRule> getters = new ArrayList<>();
        if (model.fields().stream().anyMatch(f -> f.authorization().isEmpty())) {
            getters.addAll(roles(modelRules, AuthOperation.GET).keySet());
        }
        model.fields().forEach(f -> getters.addAll(roles(f.authorization(), AuthOperation.GET).keySet()));
        List<String> unreadable = model.fields().stream().filter(FieldReadChecks::nonNull)
                .filter(f -> !readableByAll(f, f.authorization().isEmpty() ? modelRules : f.authorization(),
                        getters.stream().distinct().toList()))
                .map(Field::name).toList();
        if (!unreadable.isEmpty()) {
            throw new SchemaException("When using field-level authorization rules you need to add rules to all of the"
                    + " model's required fields with at least read permissions. Found model \"" + model.name()
                    + "\" with required fields " + unreadable.stream().map(n -> "\"" + n + "\"")
                            .collect(Collectors.joining(",", "[", "]"))
                    + " missing field-level authorization rules. Give each of them `.authorization(...)` that lets"
                    + " the other fields' readers read it too, or make it optional.");
        }
    }

    private static boolean readableByAll(Field field, List<AuthRule> fieldRules, List<AuthRule> getters) {
        Map<AuthRule, AuthRule> readers = roles(fieldRules, null);
        List<AuthRule> expected = new ArrayList<>(getters);
        for (AuthProvider provider : List.of(AuthProvider.USER_POOLS, AuthProvider.OIDC)) {
            AuthRule signedIn = role(AuthRule.of(AuthStrategy.PRIVATE, provider), null);
            AuthRule reading = readers.get(signedIn);
            if (expected.contains(signedIn) && reading != null && READS.stream().allMatch(reading::allows)) {
                expected.removeIf(r -> r.effectiveProvider() == provider && !r.equals(signedIn));
            }
        }
        return readers.keySet().containsAll(expected);
    }

    /** Returns the roles of {@code rules} that may {@code operation} (any read when null), each with its rule. */
    private static Map<AuthRule, AuthRule> roles(List<AuthRule> rules, @Nullable AuthOperation operation) {
        Map<AuthRule, AuthRule> roles = new LinkedHashMap<>();
        for (AuthRule rule : rules) {
            boolean allowed = operation == null ? READS.stream().anyMatch(rule::allows) : rule.allows(operation);
            if (!allowed) {
                continue;
            }
            if (rule.strategy() == AuthStrategy.GROUPS && rule.groupsField() == null) {
                rule.groups().forEach(group -> roles.putIfAbsent(role(rule, group), rule));
            } else {
                roles.putIfAbsent(role(rule, null), rule);
            }
        }
        return roles;
    }

    /** Returns the rule as a role: no operations, the provider made explicit, one static group at most. */
    private static AuthRule role(AuthRule rule, @Nullable String group) {
        return new AuthRule(rule.strategy(), rule.effectiveProvider(), List.of(), rule.ownerField(), rule.multiple(),
                group == null ? rule.groups() : List.of(group), rule.groupsField(), rule.identityClaim(),
                rule.groupClaim());
    }

    private static boolean nonNull(Field field) {
        return field.array() ? field.arrayRequired() : field.required();
    }
}
