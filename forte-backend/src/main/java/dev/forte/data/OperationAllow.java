package dev.forte.data;

import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import java.util.List;

/**
 * The {@code allow} of a custom operation's {@code .authorization(allow -> List.of(...))}. Only the rules Forte
 * enforces are offered; a function granted {@code allow.resource(fn)} on the schema may call every operation of
 * the root types its grant covers.
 */
public final class OperationAllow {

    /** The same rules as a model's, checked the same way (e.g. a group needs a name). */
    private static final ModelAllow MODEL_RULES = new ModelAllow();

    OperationAllow() {}

    /** Returns {@code allow.publicApiKey()}: anyone holding the API's key may call the operation. */
    public AuthorizationRule publicApiKey() {
        return new AuthorizationRule(AuthRule.publicApiKey());
    }

    /** Returns {@code allow.authenticated()}: every user signed in with the API's user pool may call it. */
    public AuthorizationRule authenticated() {
        return MODEL_RULES.authenticated();
    }

    /**
     * Returns {@code allow.authenticated(provider)}: every user signed in with {@code provider} may call it;
     * {@link AuthProvider#IDENTITY_POOL} admits users holding authenticated identity-pool
     * credentials.
     */
    public AuthorizationRule authenticated(AuthProvider provider) {
        return MODEL_RULES.authenticated(provider);
    }

    /** Returns {@code allow.guest()}: guests holding the identity pool's unauthenticated credentials may call it. */
    public AuthorizationRule guest() {
        return MODEL_RULES.guest();
    }

    /** Returns {@code allow.group("Admin")}: users of the user pool in {@code group} may call it. */
    public AuthorizationRule group(String group) {
        return MODEL_RULES.group(group);
    }

    /** Returns {@code allow.groups([...])}: users of the user pool in any of {@code groups} may call it. */
    public AuthorizationRule groups(List<String> groups) {
        return MODEL_RULES.groups(groups);
    }

    /** Returns {@code allow.custom()}: callers whose token the API's Lambda authorizer accepts may call it. */
    public AuthorizationRule custom() {
        return new AuthorizationRule(AuthRule.custom());
    }
}
