package dev.forte.server.internal.auth;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.server.internal.auth.AccessDecision.OwnershipCondition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of one model as Amplify's auth resolvers apply them (PROTOCOL §5.4-5.8, the templates of
 * {@code conformance/out/schema2}): a plain IAM principal passes; an API-key caller needs a public rule; a user-pool
 * caller passes on a private or static-group rule, and otherwise only for records an owner or dynamic-group rule
 * gives it; an OpenID Connect caller likewise, by the rules whose provider is oidc; a Lambda-authorized caller on a
 * custom rule; an identity-pool caller on a rule of provider identityPool for its kind, {@code allow.guest()} for
 * a guest and {@code allow.authenticated('identityPool')} for a signed-in user, and on nothing else (Amplify's
 * resolvers compare its role with the pool's unauthenticated and authenticated roles). Owners are stored as
 * {@code <sub>::<username>} and matched in that form, as {@code <sub>} or as {@code <username>}; a custom
 * {@code identityClaim} is matched as its value.
 */
public final class ModelRules {
    private static final String SUB_USERNAME = "sub::username";
    private static final String DEFAULT_GROUP_CLAIM = "cognito:groups";

    private final List<AuthRule> rules;

    public ModelRules(List<AuthRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Returns what {@code identity} may do in {@code operation}. */
    public AccessDecision decide(RequestIdentity identity, AuthOperation operation) {
        if (identity.function() != null) {
            return new AccessDecision.Granted();
        }
        if (identity.identityPool() != null) {
            return anyAllows(operation, AuthProvider.IDENTITY_POOL, identityPoolStrategy(identity.identityPool()))
                    ? new AccessDecision.Granted() : new AccessDecision.Denied();
        }
        return switch (identity.mode()) {
            case API_KEY -> anyAllows(operation, AuthProvider.API_KEY, AuthStrategy.PUBLIC)
                    ? new AccessDecision.Granted() : new AccessDecision.Denied();
            case AWS_LAMBDA -> anyAllows(operation, AuthProvider.FUNCTION, AuthStrategy.CUSTOM)
                    ? new AccessDecision.Granted() : new AccessDecision.Denied();
            default -> signedInProvider(identity.mode())
                    .<AccessDecision>map(provider -> decideForUser(identity.claims(), operation, provider))
                    .orElseGet(AccessDecision.Denied::new);
        };
    }

    /**
     * Returns whether {@code identity} may run a custom operation with these rules, as Amplify's field
     * authorization step for custom operations decides: a signed-in caller (user pool or OIDC) needs a private rule
     * of its provider or membership of a static group rule's groups; a custom operation has no owner rules and
     * ignores {@code .to(...)}. An identity-pool caller needs {@code allow.guest()} or
     * {@code allow.authenticated('identityPool')} for its kind (its role's policy in Amplify), since every root
     * field admits IAM. Other callers were admitted or refused by the field's auth directives already.
     */
    public boolean admitsToCustomOperation(RequestIdentity identity) {
        if (identity.function() != null) {
            return true;
        }
        if (identity.identityPool() != null) {
            AuthStrategy strategy = identityPoolStrategy(identity.identityPool());
            return rules.stream().anyMatch(rule -> rule.strategy() == strategy
                    && rule.effectiveProvider() == AuthProvider.IDENTITY_POOL);
        }
        return signedInProvider(identity.mode()).map(provider -> rules.stream()
                        .filter(rule -> rule.effectiveProvider() == provider)
                        .anyMatch(rule -> rule.strategy() == AuthStrategy.PRIVATE
                                || memberOfStaticGroup(rule, identity.claims())))
                .orElse(true);
    }

    /**
     * Returns what {@code identity} may receive from a subscription started with {@code arguments}
     * ({@code Subscription.onCreateTodo.auth.1.req.vtl}, PROTOCOL §5.8). An {@code owner} argument must name the
     * caller (as {@code <sub>::<username>}, {@code <sub>} or {@code <username>}) and then replaces the auth filter;
     * without one, a {@link AccessDecision.Conditional} answer's {@code subscriptionFilter()} is the filter to apply
     * to every event, ANDed with the client's own.
     */
    public AccessDecision decideSubscription(RequestIdentity identity, Map<String, ?> arguments) {
        AccessDecision decision = decide(identity, AuthOperation.LISTEN);
        if (!(decision instanceof AccessDecision.Conditional conditional)) {
            return decision;
        }
        for (OwnershipCondition condition : conditional.conditions()) {
            Object argument = condition.group() ? null : arguments.get(condition.field());
            if (argument != null) {
                return condition.storedValues().contains(argument.toString())
                        ? new AccessDecision.Granted() : new AccessDecision.Denied();
            }
        }
        return decision;
    }

    /**
     * Returns the owner values a create stores for {@code identity} when the input leaves them out: one per owner
     * rule that may create ({@code owner -> "<sub>::<username>"}, a list field gets a one-element list).
     */
    public Map<String, Object> ownersToStamp(RequestIdentity identity) {
        Map<String, Object> stamps = new LinkedHashMap<>();
        Optional<AuthProvider> provider = signedInProvider(identity.mode());
        if (provider.isEmpty()) {
            return stamps;
        }
        for (AuthRule rule : rulesOf(provider.get(), AuthOperation.CREATE)) {
            if (rule.strategy() == AuthStrategy.OWNER) {
                storedOwner(rule, identity.claims()).ifPresent(owner ->
                        stamps.putIfAbsent(rule.ownerField(), rule.multiple() ? List.of(owner) : owner));
            }
        }
        return stamps;
    }

    /** Returns the owner fields, whose read value is the part after the last {@code ::} of what is stored. */
    public List<String> ownerFields() {
        return rules.stream().filter(rule -> rule.strategy() == AuthStrategy.OWNER).map(AuthRule::ownerField)
                .distinct().toList();
    }

    /** Returns what a stored owner reads as: {@code "sub::alice"} → {@code "alice"}, element-wise for lists. */
    public static Object readValue(Object stored) {
        if (stored instanceof Collection<?> values) {
            return values.stream().map(ModelRules::readValue).toList();
        }
        String text = stored.toString();
        int separator = text.lastIndexOf("::");
        return separator < 0 ? text : text.substring(separator + 2);
    }

    private AccessDecision decideForUser(Map<String, Object> claims, AuthOperation operation,
            AuthProvider provider) {
        List<OwnershipCondition> conditions = new ArrayList<>();
        for (AuthRule rule : rulesOf(provider, operation)) {
            if (rule.strategy() == AuthStrategy.PRIVATE || memberOfStaticGroup(rule, claims)) {
                return new AccessDecision.Granted();
            }
            condition(rule, claims).ifPresent(conditions::add);
        }
        return conditions.isEmpty() ? new AccessDecision.Denied() : new AccessDecision.Conditional(conditions);
    }

    /** A guest passes public (guest) rules, a signed-in identity-pool user private (authenticated) ones. */
    private static AuthStrategy identityPoolStrategy(IdentityPoolPrincipal caller) {
        return caller.authenticated() ? AuthStrategy.PRIVATE : AuthStrategy.PUBLIC;
    }

    /** Returns the provider whose rules admit a signed-in caller of {@code mode}: a user pool or OIDC. */
    private static Optional<AuthProvider> signedInProvider(AuthMode mode) {
        return switch (mode) {
            case AMAZON_COGNITO_USER_POOLS -> Optional.of(AuthProvider.USER_POOLS);
            case OPENID_CONNECT -> Optional.of(AuthProvider.OIDC);
            default -> Optional.empty();
        };
    }

    private List<AuthRule> rulesOf(AuthProvider provider, AuthOperation operation) {
        return rules.stream().filter(rule -> rule.effectiveProvider() == provider)
                .filter(rule -> rule.allows(operation)).toList();
    }

    private boolean anyAllows(AuthOperation operation, AuthProvider provider, AuthStrategy strategy) {
        return rules.stream().anyMatch(rule -> rule.strategy() == strategy && rule.effectiveProvider() == provider
                && rule.allows(operation));
    }

    private static boolean memberOfStaticGroup(AuthRule rule, Map<String, Object> claims) {
        return rule.strategy() == AuthStrategy.GROUPS && rule.groupsField() == null
                && groupsOf(rule, claims).stream().anyMatch(rule.groups()::contains);
    }

    private static Optional<OwnershipCondition> condition(AuthRule rule, Map<String, Object> claims) {
        if (rule.strategy() == AuthStrategy.OWNER) {
            List<String> stored = ownerValues(rule, claims);
            Optional<String> read = readOwner(rule, claims);
            return stored.isEmpty() || read.isEmpty() ? Optional.empty() : Optional.of(new OwnershipCondition(
                    rule.ownerField(), rule.multiple(), stored, List.of(read.get()), false));
        }
        if (rule.strategy() == AuthStrategy.GROUPS && rule.groupsField() != null) {
            List<String> groups = groupsOf(rule, claims);
            return groups.isEmpty() ? Optional.empty() : Optional.of(new OwnershipCondition(
                    rule.groupsField(), rule.multiple(), groups, groups, true));
        }
        return Optional.empty();
    }

    /** The identity values an owner rule matches: {@code sub::username}, {@code sub}, {@code username} by default. */
    private static List<String> ownerValues(AuthRule rule, Map<String, Object> claims) {
        if (!usesDefaultClaim(rule)) {
            return claim(claims, rule.identityClaim()).map(List::of).orElse(List.of());
        }
        List<String> values = new ArrayList<>();
        storedOwner(rule, claims).ifPresent(values::add);
        claim(claims, "sub").ifPresent(values::add);
        username(claims).ifPresent(values::add);
        return values;
    }

    private static Optional<String> storedOwner(AuthRule rule, Map<String, Object> claims) {
        if (!usesDefaultClaim(rule)) {
            return claim(claims, rule.identityClaim());
        }
        Optional<String> sub = claim(claims, "sub");
        Optional<String> username = username(claims);
        return sub.isPresent() && username.isPresent()
                ? Optional.of(sub.get() + "::" + username.get()) : Optional.empty();
    }

    private static Optional<String> readOwner(AuthRule rule, Map<String, Object> claims) {
        return usesDefaultClaim(rule) ? username(claims) : claim(claims, rule.identityClaim());
    }

    private static boolean usesDefaultClaim(AuthRule rule) {
        return rule.identityClaim() == null || rule.identityClaim().equals(SUB_USERNAME);
    }

    private static Optional<String> username(Map<String, Object> claims) {
        return claim(claims, "username");
    }

    /** Returns a claim as text; {@code username} falls back to {@code cognito:username}, as the templates do. */
    private static Optional<String> claim(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        if (value == null && name.equals("username")) {
            value = claims.get("cognito:username");
        }
        return Optional.ofNullable(value).map(Object::toString);
    }

    private static List<String> groupsOf(AuthRule rule, Map<String, Object> claims) {
        Object value = claims.get(rule.groupClaim() != null ? rule.groupClaim() : DEFAULT_GROUP_CLAIM);
        if (value instanceof Collection<?> groups) {
            return groups.stream().map(Object::toString).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
