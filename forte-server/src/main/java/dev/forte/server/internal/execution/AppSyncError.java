package dev.forte.server.internal.execution;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An error raised while resolving a field, with AppSync's {@code errorType} ({@code Unauthorized},
 * {@code DynamoDB:ConditionalCheckFailedException}, ...).
 */
public final class AppSyncError implements GraphQLError {
    private final @Nullable String errorType;
    private final String message;
    private final @Nullable List<Object> path;
    private final List<SourceLocation> locations;

    public AppSyncError(@Nullable String errorType, String message, @Nullable ResultPath path,
            @Nullable SourceLocation location) {
        this.errorType = errorType;
        this.message = message;
        this.path = path == null ? null : path.toList();
        this.locations = location == null ? List.of() : List.of(location);
    }

    /** Returns the AppSync error type, or null. */
    public @Nullable String appSyncErrorType() {
        return errorType;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return locations;
    }

    @Override
    public @Nullable List<Object> getPath() {
        return path;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorClassification.errorClassification(errorType == null ? "ResolverError" : errorType);
    }
}
