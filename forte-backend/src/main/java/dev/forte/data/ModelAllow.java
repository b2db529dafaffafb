package dev.forte.data;

import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code allow} of a model's or a field's {@code .authorization(allow -> List.of(...))}. It has no
 * {@code resource(fn)}: function access is granted on the schema only ({@link SchemaAllow}), so granting it on a
 * model or field does not compile.
 *
 * <pre>{@code
 * a.model(field("title", a.string()))
 *         .authorization(allow -> List.of(allow.owner(), allow.group("Admin"), allow.authenticated().to(READ)))
 * }</pre>
 *
 * <p>Providers are Amplify's: {@link AuthProvider#USER_POOLS} (the default of every signed-in rule),
 * {@link AuthProvider#OIDC}, and {@link AuthProvider#IDENTITY_POOL} for {@code authenticated} and {@code guest}.
 */
public sealed class ModelAllow permits SchemaAllow {
    private static final Set<AuthProvider> SIGNED_IN = Set.of(AuthProvider.USER_POOLS, AuthProvider.OIDC);
    private static final Set<AuthProvider> AUTHENTICATED =
            Set.of(AuthProvider.USER_POOLS, AuthProvider.OIDC, AuthProvider.IDENTITY_POOL);

    ModelAllow() {}

    /** Returns {@code allow.publicApiKey()}: anyone holding the API's key may use the API. */
    public AuthorizationRule publicApiKey() {
        return new AuthorizationRule(AuthRule.publicApiKey());
    }

    /** Returns {@code allow.guest()}: unauthenticated identity-pool (IAM) callers. */
    public AuthorizationRule guest() {
        return new AuthorizationRule(AuthRule.of(AuthStrategy.PUBLIC, AuthProvider.IDENTITY_POOL));
    }

    /** Returns {@code allow.authenticated()}: any signed-in user of the user pool. */
    public AuthorizationRule authenticated() {
        return new AuthorizationRule(AuthRule.of(AuthStrategy.PRIVATE, null));
    }

    /** Returns {@code allow.authenticated(provider)}: userPools, oidc or identityPool. */
    public AuthorizationRule authenticated(AuthProvider provider) {
        return new AuthorizationRule(AuthRule.of(AuthStrategy.PRIVATE, checked(provider, AUTHENTICATED)));
    }

    /**
     * Returns {@code allow.custom()}: callers whose token the API's Lambda authorizer accepts
     * ({@code DataProps.builder(schema).lambdaAuthorizationMode(...)}).
     */
    public AuthorizationRule custom() {
        return new AuthorizationRule(AuthRule.custom());
    }

    /** Returns {@code allow.owner()}: the user who created a record, stored in the implicit {@code owner} field. */
    public AuthorizationRule.OwnerRule owner() {
        return ownerDefinedIn(AuthRule.DEFAULT_OWNER_FIELD);
    }

    /** Returns {@code allow.owner(provider)}: userPools or oidc. */
    public AuthorizationRule.OwnerRule owner(AuthProvider provider) {
        return ownerDefinedIn(AuthRule.DEFAULT_OWNER_FIELD, provider);
    }

    /** Returns {@code allow.ownerDefinedIn("author")}: the owner is stored in the field {@code ownerField}. */
    public AuthorizationRule.OwnerRule ownerDefinedIn(String ownerField) {
        return owners(ownerField, null, false);
    }

    /** Returns {@code allow.ownerDefinedIn("author", provider)}: userPools or oidc. */
    public AuthorizationRule.OwnerRule ownerDefinedIn(String ownerField, AuthProvider provider) {
        return owners(ownerField, checked(provider, SIGNED_IN), false);
    }

    /** Returns {@code allow.ownersDefinedIn("editors")}: every user listed in the field {@code ownersField}. */
    public AuthorizationRule.OwnerRule ownersDefinedIn(String ownersField) {
        return owners(ownersField, null, true);
    }

    /** Returns {@code allow.ownersDefinedIn("editors", provider)}: userPools or oidc. */
    public AuthorizationRule.OwnerRule ownersDefinedIn(String ownersField, AuthProvider provider) {
        return owners(ownersField, checked(provider, SIGNED_IN), true);
    }

    /** Returns {@code allow.group("Admin")}: members of the user-pool group {@code group}. */
    public AuthorizationRule.GroupRule group(String group) {
        return groups(List.of(group));
    }

    /** Returns {@code allow.group("Admin", provider)}: userPools or oidc. */
    public AuthorizationRule.GroupRule group(String group, AuthProvider provider) {
        return groups(List.of(group), provider);
    }

    /** Returns {@code allow.groups(List.of("Admin", "Editor"))}: members of any of {@code groups}. */
    public AuthorizationRule.GroupRule groups(List<String> groups) {
        return staticGroups(groups, null);
    }

    /** Returns {@code allow.groups(groups, provider)}: userPools or oidc. */
    public AuthorizationRule.GroupRule groups(List<String> groups, AuthProvider provider) {
        return staticGroups(groups, checked(provider, SIGNED_IN));
    }

    /** Returns {@code allow.groupDefinedIn("team")}: members of the group named in the record's field. */
    public AuthorizationRule.GroupRule groupDefinedIn(String groupField) {
        return dynamicGroups(groupField, null, false);
    }

    /** Returns {@code allow.groupDefinedIn("team", provider)}: userPools or oidc. */
    public AuthorizationRule.GroupRule groupDefinedIn(String groupField, AuthProvider provider) {
        return dynamicGroups(groupField, checked(provider, SIGNED_IN), false);
    }

    /** Returns {@code allow.groupsDefinedIn("teams")}: members of any group listed in the record's field. */
    public AuthorizationRule.GroupRule groupsDefinedIn(String groupsField) {
        return dynamicGroups(groupsField, null, true);
    }

    /** Returns {@code allow.groupsDefinedIn("teams", provider)}: userPools or oidc. */
    public AuthorizationRule.GroupRule groupsDefinedIn(String groupsField, AuthProvider provider) {
        return dynamicGroups(groupsField, checked(provider, SIGNED_IN), true);
    }

    private static AuthorizationRule.OwnerRule owners(String field, @Nullable AuthProvider provider, boolean list) {
        requireName(field, "owner field");
        return new AuthorizationRule.OwnerRule(AuthRule.of(AuthStrategy.OWNER, provider).withField(field, list));
    }

    private static AuthorizationRule.GroupRule staticGroups(List<String> groups, @Nullable AuthProvider provider) {
        if (groups.isEmpty()) {
            throw new SchemaException("@auth rules using groups cannot have an empty list. Name at least one"
                    + " group, e.g. `allow.groups(List.of(\"Admin\"))`.");
        }
        groups.forEach(group -> requireName(group, "group"));
        return new AuthorizationRule.GroupRule(AuthRule.of(AuthStrategy.GROUPS, provider).withGroups(groups));
    }

    private static AuthorizationRule.GroupRule dynamicGroups(String field, @Nullable AuthProvider provider, boolean list) {
        requireName(field, "groups field");
        return new AuthorizationRule.GroupRule(AuthRule.of(AuthStrategy.GROUPS, provider).withField(field, list));
    }

    private static AuthProvider checked(AuthProvider provider, Set<AuthProvider> allowed) {
        if (!allowed.contains(provider)) {
            throw new SchemaException("Invalid provider (" + provider.directiveName() + ") given! This rule takes "
                    + allowed.stream().map(AuthProvider::directiveName).sorted().toList() + ".");
        }
        return provider;
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new SchemaException("The " + what + " of an authorization rule is empty. Name it, e.g. `owner`.");
        }
    }
}
