package dev.forte.server.internal.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Quoting of SQL identifiers. Model and field names are GraphQL names, so quoting keeps their case. */
final class SqlNames {
    /** PostgreSQL truncates longer identifiers silently, which could make two index names collide. */
    private static final int MAX_IDENTIFIER_BYTES = 63;

    private SqlNames() {}

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Returns a unique, quoted name of at most 63 bytes for the index {@code indexName} of {@code model}. */
    static String indexName(String model, String indexName) {
        String name = model + "_" + indexName;
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_IDENTIFIER_BYTES) {
            return quote(name);
        }
        return quote(name.substring(0, 40) + "_" + sha256Hex(name).substring(0, 16));
    }

    static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
