package dev.forte.server.internal.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one request: a GraphQL body ({@code data}, {@code errors}) answered with 200, or a rejection of
 * the whole request answered with 400 and {@code x-amzn-ErrorType}.
 *
 * @param rejectedAs the errorType of a rejected request, null for a GraphQL response
 */
public record GraphqlResponse(Map<String, @Nullable Object> body, @Nullable String rejectedAs) {

    /** Returns a rejection of the request: {@code {"errors":[{"errorType":..., "message":...}]}}. */
    public static GraphqlResponse rejected(String errorType, String message) {
        Map<String, @Nullable Object> error = new LinkedHashMap<>();
        error.put("errorType", errorType);
        error.put("message", message);
        return new GraphqlResponse(Map.of("errors", List.of(error)), errorType);
    }

    public boolean isRejected() {
        return rejectedAs != null;
    }
}
