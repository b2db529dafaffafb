package dev.forte.server.internal.auth;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Authenticator} may look at: the request line, its headers and its raw body bytes (SigV4 signs
 * the exact bytes, so the body is never re-serialised).
 *
 * @param path the decoded path in context, e.g. {@code /graphql}
 * @param rawPath the path as received, still percent-encoded (what SigV4 signs)
 * @param rawQuery the query as received without its {@code ?}; empty when there is none
 * @param headerValues returns every value of a header by case-insensitive name, in the order received; empty
 *     when absent
 */
public record AuthRequest(String method, String path, String rawPath, String rawQuery,
        Function<String, List<String>> headerValues, byte[] body) {

    /** Returns a request whose raw path is {@code path}, with no query, and one value per header. */
    public AuthRequest(String method, String path, Function<String, @Nullable String> headers, byte[] body) {
        this(method, path, path, "", name -> {
            String value = headers.apply(name);
            return value == null ? List.of() : List.of(value);
        }, body);
    }

    /** Returns the first value of header {@code name} (any case), or null. */
    public @Nullable String header(String name) {
        List<String> values = headerValues.apply(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Returns every value of header {@code name} (any case) in the order received; empty when absent. */
    public List<String> headers(String name) {
        return headerValues.apply(name);
    }
}
