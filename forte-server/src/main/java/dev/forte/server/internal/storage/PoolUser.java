package dev.forte.server.internal.storage;

import java.time.Instant;
import java.util.List;

/**
 * A user of the local user pool as {@code forte_user_pool_users} keeps it: never a password, only the SRP salt and
 * verifier ({@code v = g^x}), both as hex.
 *
 * @param attributes the user's attributes as a JSON object text, e.g. {@code {"email":"a@example.com"}}
 */
public record PoolUser(String username, String sub, String salt, String verifier, String attributes,
        boolean confirmed, List<String> groups, Instant createdAt) {}
