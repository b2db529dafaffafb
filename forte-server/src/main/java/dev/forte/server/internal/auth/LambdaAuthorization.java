package dev.forte.server.internal.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a Lambda authorizer granted a token (PROTOCOL §8): its {@code resolverContext}, which resolvers see as
 * {@code $ctx.identity.resolverContext}, and the fields it denied, as {@code Type.field}.
 */
public record LambdaAuthorization(Map<String, Object> resolverContext, Set<String> deniedFields) {

    public LambdaAuthorization {
        // Map.copyOf refuses nulls, and an authorizer may well answer {"team": null}.
        resolverContext = Collections.unmodifiableMap(new LinkedHashMap<>(resolverContext));
        deniedFields = Set.copyOf(deniedFields);
    }

    /** Returns whether the authorizer denied field {@code fieldName} of type {@code typeName}. */
    public boolean denies(String typeName, String fieldName) {
        return !deniedFields.isEmpty() && deniedFields.contains(typeName + "." + fieldName);
    }
}
