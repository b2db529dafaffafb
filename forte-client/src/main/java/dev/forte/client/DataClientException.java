package dev.forte.client;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The data client could not get a GraphQL response: the API refused the request at the HTTP level (401, 403, 400),
 * the network failed, or the client is misconfigured. Errors inside a GraphQL response are values instead: see
 * {@link GraphqlResponse#errors()}.
 */
public final class DataClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final @Nullable String errorType;

    /** Creates an exception for an HTTP answer with {@code status} (or -1 when there was none). */
    public DataClientException(String message, int status, @Nullable String errorType, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorType = errorType;
    }

    /** Creates an exception for a failure that never reached the API, such as missing configuration. */
    public DataClientException(String message) {
        this(message, -1, null, null);
    }

    /** Returns the HTTP status the API answered, or empty when no answer arrived. */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** Returns the error type the API named, e.g. {@code UnauthorizedException}, or empty when it named none. */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }
}
