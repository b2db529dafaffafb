package dev.forte.data;

/**
 * What a schema-level {@code .authorization(allow -> ...)} can return: authorization rules and the function
 * access grants of {@code allow.resource(fn)}. Model- and field-level lambdas return {@link AuthorizationRule}
 * only.
 */
public sealed interface SchemaAuthorization permits AuthorizationRule, ResourceAuthorization {}
