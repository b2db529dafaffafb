package dev.forte.server.internal.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user of the local user pool as {@code forte_user_pool_users} keeps it: never a password, only the SRP salt and
 * verifier ({@code v = g^x}), both as hex.
 *
 * @param attributes the user's attributes as a JSON object text, e.g. {@code {"email":"a@example.com"}}
 * @param failedSignIns wrong passwords since the last sign-in
 * @param lockedUntil until when password sign-in is refused after too many wrong passwords
 */
public record PoolUser(String username, String sub, String salt, String verifier, String attributes,
        boolean confirmed, List<String> groups, Instant createdAt, int failedSignIns, @Nullable Instant lockedUntil) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Returns a user who has not yet got a password wrong. */
    public PoolUser(String username, String sub, String salt, String verifier, String attributes, boolean confirmed,
            List<String> groups, Instant createdAt) {
        this(username, sub, salt, verifier, attributes, confirmed, groups, createdAt, 0, null);
    }

    /** Returns the user's {@code email} attribute, null without one. */
    public @Nullable String email() {
        try {
            JsonNode email = JSON.readTree(attributes).get("email");
            return email == null || !email.isTextual() ? null : email.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("User " + username + " has unreadable attributes", e);
        }
    }
}
