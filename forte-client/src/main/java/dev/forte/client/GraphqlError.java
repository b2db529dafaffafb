package dev.forte.client;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a GraphQL response's {@code errors}, as AppSync returns it.
 *
 * @param message what went wrong, e.g. {@code The conditional request failed}
 * @param errorType AppSync's classification, e.g. {@code DynamoDB:ConditionalCheckFailedException} or {@code
 *     Unauthorized}; null for validation errors, which carry none
 * @param path the field path the error belongs to, field names as strings and list indexes as integers; empty when
 *     the error is not about a field
 */
public record GraphqlError(String message, @Nullable String errorType, List<Object> path) {

    public GraphqlError {
        path = List.copyOf(path);
    }
}
