package dev.forte.data;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthRule;
import java.util.List;
import java.util.Set;

/**
 * One rule of an {@code .authorization(allow -> List.of(...))} lambda, e.g. {@code allow.publicApiKey()}.
 * Without {@code .to(...)} the rule grants every operation.
 */
public final class AuthorizationRule implements SchemaAuthorization {
    private final AuthRule rule;

    AuthorizationRule(AuthRule rule) {
        this.rule = rule;
    }

    /**
     * Returns this rule limited to {@code operations}, e.g. {@code allow.publicApiKey().to(READ)}: Amplify's
     * {@code .to(['read'])}. Can be used once per rule.
     */
    public AuthorizationRule to(AuthOperation... operations) {
        if (!rule.operations().isEmpty()) {
            throw new SchemaException("`.to(...)` is already set on this rule (" + rule.operations() + "). Call it"
                    + " once with every operation the rule grants.");
        }
        if (operations.length == 0) {
            throw new SchemaException("`.to()` needs at least one operation, e.g. `.to(AuthOperation.READ)`; leave"
                    + " it out to grant every operation.");
        }
        return new AuthorizationRule(new AuthRule(rule.strategy(), rule.provider(), Set.of(operations),
                rule.ownerField(), rule.groups(), rule.groupsField(), rule.identityClaim(), rule.groupClaim()));
    }

    AuthRule rule() {
        return rule;
    }

    static List<AuthRule> rules(List<? extends AuthorizationRule> rules) {
        return rules.stream().map(AuthorizationRule::rule).toList();
    }
}
