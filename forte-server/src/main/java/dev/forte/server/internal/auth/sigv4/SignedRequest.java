package dev.forte.server.internal.auth.sigv4;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A request as received, before anything is decoded: what SigV4 signs.
 *
 * <p>The path and query are the raw, still percent-encoded text of the request target (Jetty's {@code
 * HttpURI.getPath()} and {@code getQuery()}, not the decoded forms). Header names match in any case; the values
 * of a repeated header keep the order they arrived in. The body is the exact bytes received and is not copied.
 */
public final class SignedRequest {
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Function<String, List<String>> headers;
    private final byte[] body;

    private SignedRequest(Builder builder) {
        this.method = builder.method;
        this.rawPath = builder.rawPath;
        this.rawQuery = builder.rawQuery;
        this.headers = builder.headerLookup != null ? builder.headerLookup : lookupIn(copyOf(builder.headers));
        this.body = builder.body;
    }

    /** Returns a builder for a {@code POST} with an empty path, query and body and no headers. */
    public static Builder newRequest() {
        return new Builder();
    }

    public String method() {
        return method;
    }

    public String rawPath() {
        return rawPath;
    }

    public String rawQuery() {
        return rawQuery;
    }

    /** Returns the values of header {@code name} (any case) in the order received; empty when absent. */
    public List<String> headers(String name) {
        return headers.apply(name);
    }

    public byte[] body() {
        return body;
    }

    private static Function<String, List<String>> lookupIn(Map<String, List<String>> headers) {
        return name -> headers.getOrDefault(name, List.of());
    }

    private static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }

    /** Collects the parts of a {@link SignedRequest}. */
    public static final class Builder {
        private String method = "POST";
        private String rawPath = "";
        private String rawQuery = "";
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private @Nullable Function<String, List<String>> headerLookup;
        private byte[] body = new byte[0];

        private Builder() {}

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder rawPath(String rawPath) {
            this.rawPath = rawPath;
            return this;
        }

        /** Sets the query without its {@code ?}; empty when there is none. */
        public Builder rawQuery(String rawQuery) {
            this.rawQuery = rawQuery;
            return this;
        }

        /** Adds one received value of header {@code name}, after any earlier values of it. */
        public Builder header(String name, String value) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * Reads the headers through {@code lookup} (every value of a header by case-insensitive name, in the order
         * received; empty when absent) instead of from copies: an HTTP request's own headers, which the verifier
         * then reads only as far as the signature needs. Headers added with {@link #header} are then ignored.
         */
        public Builder headerLookup(Function<String, List<String>> lookup) {
            this.headerLookup = lookup;
            return this;
        }

        /** Adds each entry as one header value: the realtime header object, for example. */
        public Builder headers(Map<String, String> nameToValue) {
            nameToValue.forEach(this::header);
            return this;
        }

        public Builder body(byte[] body) {
            this.body = body;
            return this;
        }

        /** Sets the body to the UTF-8 bytes of {@code body}. */
        public Builder body(String body) {
            return body(body.getBytes(StandardCharsets.UTF_8));
        }

        public SignedRequest build() {
            return new SignedRequest(this);
        }
    }
}
