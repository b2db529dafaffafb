package dev.forte.server.internal.execution;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the HTTP layer knows about the request beyond its body and identity, for resolvers that pass it on: the
 * headers (AppSync's {@code $ctx.request.headers}) and the caller's address ({@code $ctx.identity.sourceIp}).
 *
 * @param headers lower-case names; a header sent several times has its values joined with {@code ,}
 * @param sourceIp the client's address, or null when unknown
 */
public record CallerRequest(Map<String, String> headers, @Nullable String sourceIp) {
    /** The GraphQL context key of the request's {@code Supplier<CallerRequest>}. */
    static final String SOURCE = "forte.callerRequest";

    public CallerRequest {
        headers = Map.copyOf(headers);
    }

    /** Returns a request with no headers and no address, for callers that are not HTTP requests. */
    public static CallerRequest none() {
        return new CallerRequest(Map.of(), null);
    }
}
