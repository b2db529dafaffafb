package dev.forte.server.internal.execution;

import dev.forte.ForteException;
import org.jspecify.annotations.Nullable;

/**
 * A resolver's failure as AppSync reports it: the field becomes null and {@code errors} gets
 * {@code {"errorType": errorType, "message": message}}; the status stays 200.
 *
 * @see AppSyncError
 */
public final class ResolverException extends ForteException {
    private final @Nullable String errorType;

    public ResolverException(@Nullable String errorType, String message) {
        super(message);
        this.errorType = errorType;
    }

    /** Returns an {@code InvalidArgumentsError}, AppSync's type for key arguments that do not fit together. */
    public static ResolverException invalidArguments(String message) {
        return new ResolverException("InvalidArgumentsError", message);
    }

    /** Returns the AppSync {@code errorType}, or null for {@code $util.error(message)} without a type. */
    public @Nullable String errorType() {
        return errorType;
    }
}
