package dev.forte.data;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthRule;
import java.util.List;

/**
 * One rule of an {@code .authorization(allow -> List.of(...))} lambda, e.g. {@code allow.publicApiKey()}.
 * Without {@code .to(...)} the rule grants every operation.
 */
public sealed class AuthorizationRule implements SchemaAuthorization
        permits AuthorizationRule.OwnerRule, AuthorizationRule.GroupRule {
    private final AuthRule rule;

    AuthorizationRule(AuthRule rule) {
        this.rule = rule;
    }

    /**
     * Returns this rule limited to {@code operations}, e.g. {@code allow.publicApiKey().to(READ)}: Amplify's
     * {@code .to(['read'])}. Can be used once per rule.
     */
    public AuthorizationRule to(AuthOperation... operations) {
        return new AuthorizationRule(limited(operations));
    }

    AuthRule limited(AuthOperation... operations) {
        if (!rule.operations().isEmpty()) {
            throw new SchemaException("`.to(...)` is already set on this rule (" + rule.operations() + "). Call it"
                    + " once with every operation the rule grants.");
        }
        if (operations.length == 0) {
            throw new SchemaException("`.to()` needs at least one operation, e.g. `.to(AuthOperation.READ)`; leave"
                    + " it out to grant every operation.");
        }
        return rule.withOperations(List.of(operations));
    }

    AuthRule rule() {
        return rule;
    }

    static List<AuthRule> rules(List<? extends AuthorizationRule> rules) {
        return rules.stream().map(AuthorizationRule::rule).toList();
    }

    /** An owner rule: it can also name the token claim that identifies the owner. */
    public static final class OwnerRule extends AuthorizationRule {
        OwnerRule(AuthRule rule) {
            super(rule);
        }

        @Override
        public OwnerRule to(AuthOperation... operations) {
            return new OwnerRule(limited(operations));
        }

        /**
         * Returns this rule matching the owner field against the token claim {@code claim} instead of
         * {@code sub::username}: Amplify's {@code .identityClaim('email')}.
         */
        public OwnerRule identityClaim(String claim) {
            if (rule().identityClaim() != null) {
                throw new SchemaException("`.identityClaim(...)` is already set on this rule. Call it once.");
            }
            return new OwnerRule(rule().withIdentityClaim(claim));
        }
    }

    /** A group rule: it can also name the token claim that lists the caller's groups. */
    public static final class GroupRule extends AuthorizationRule {
        GroupRule(AuthRule rule) {
            super(rule);
        }

        @Override
        public GroupRule to(AuthOperation... operations) {
            return new GroupRule(limited(operations));
        }

        /**
         * Returns this rule reading the caller's groups from the token claim {@code claim} instead of
         * {@code cognito:groups}: Amplify's {@code .withClaimIn('groups')}.
         */
        public GroupRule withClaimIn(String claim) {
            if (rule().groupClaim() != null) {
                throw new SchemaException("`.withClaimIn(...)` is already set on this rule. Call it once.");
            }
            return new GroupRule(rule().withGroupClaim(claim));
        }
    }
}
