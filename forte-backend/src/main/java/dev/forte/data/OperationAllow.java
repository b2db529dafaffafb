package dev.forte.data;

import dev.forte.schema.AuthRule;

/**
 * The {@code allow} of a custom operation's {@code .authorization(allow -> List.of(...))}. Only the rules Forte
 * enforces are offered; a function granted {@code allow.resource(fn)} on the schema may call every operation of
 * the root types its grant covers.
 */
public final class OperationAllow {

    OperationAllow() {}

    /** Returns {@code allow.publicApiKey()}: anyone holding the API's key may call the operation. */
    public AuthorizationRule publicApiKey() {
        return new AuthorizationRule(AuthRule.publicApiKey());
    }

    /** Returns {@code allow.custom()}: callers whose token the API's Lambda authorizer accepts may call it. */
    public AuthorizationRule custom() {
        return new AuthorizationRule(AuthRule.custom());
    }
}
