package dev.forte.server.internal.auth;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link Authenticator} may look at: the request line, its headers and its raw body bytes (SigV4 signs
 * the exact bytes, so the body is never re-serialised).
 *
 * @param headers returns a header's value by case-insensitive name, or null when absent
 */
public record AuthRequest(String method, String path, Function<String, @Nullable String> headers, byte[] body) {

    /** Returns the value of header {@code name} (any case), or null. */
    public @Nullable String header(String name) {
        return headers.apply(name);
    }
}
