package dev.forte.server.internal.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * @param allHeaders returns every header, names in lower case, repeated ones joined with {@code ,} (what a Lambda
 *     authorizer gets as {@code requestHeaders}); built only when asked for
 */
public record AuthRequest(String method, String path, String rawPath, String rawQuery,
        Function<String, List<String>> headerValues, Supplier<Map<String, String>> allHeaders, byte[] body) {

    /** Returns a request whose {@link #allHeaders} is empty. */
    public AuthRequest(String method, String path, String rawPath, String rawQuery,
            Function<String, List<String>> headerValues, byte[] body) {
        this(method, path, rawPath, rawQuery, headerValues, Map::of, body);
    }

    /** Returns a request whose raw path is {@code path}, with no query, and one value per header. */
    public AuthRequest(String method, String path, Function<String, @Nullable String> headers, byte[] body) {
        this(method, path, path, "", singleValues(headers), body);
    }

    /**
     * Returns a request whose raw path is {@code path}, with no query and {@code headers}, whose lookup must ignore
     * case (a realtime header object).
     */
    public AuthRequest(String method, String path, Map<String, String> headers, byte[] body) {
        this(method, path, path, "", singleValues(headers::get), () -> lowerCaseNames(headers), body);
    }

    private static Function<String, List<String>> singleValues(Function<String, @Nullable String> headers) {
        return name -> {
            String value = headers.apply(name);
            return value == null ? List.of() : List.of(value);
        };
    }

    private static Map<String, String> lowerCaseNames(Map<String, String> headers) {
        Map<String, String> lowerCase = new LinkedHashMap<>();
        headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
        return lowerCase;
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
