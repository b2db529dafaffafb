package dev.forte.data;

import dev.forte.schema.AuthRule;

/**
 * The {@code allow} of a model's {@code .authorization(allow -> List.of(...))}; fields will take the same one.
 * It has no {@code resource(fn)}: function access is granted on the schema only ({@link SchemaAllow}), so
 * granting it on a model does not compile.
 *
 * <p>Only the rules Forte enforces are offered; owner, group and authenticated rules come with user sign-in.
 */
public sealed class ModelAllow permits SchemaAllow {

    ModelAllow() {}

    /** Returns {@code allow.publicApiKey()}: anyone holding the API's key may use the API. */
    public AuthorizationRule publicApiKey() {
        return new AuthorizationRule(AuthRule.publicApiKey());
    }
}
