package dev.forte.server.internal.credentials;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets of Forte's temporary credentials, derived rather than stored: the secret key and session token of an
 * access key id are HMAC-SHA256 of the id under a 256-bit master key, created once in {@code forte_meta} so every
 * API node over the database derives the same values (the trade-off is described on
 * {@link FunctionCredentialStore}). Function and identity-pool credentials share the key.
 */
final class IssuedSecrets {
    private static final String META = "forte_meta";
    private static final String MASTER_KEY = "function_credentials_key";
    private static final String KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int KEY_ID_LENGTH = 20;
    private static final int SECRET_LENGTH = 40;

    private final SecretKeySpec masterKey;
    private final SecureRandom random = new SecureRandom();

    private IssuedSecrets(byte[] masterKey) {
        this.masterKey = new SecretKeySpec(masterKey, "HmacSHA256");
    }

    /** Returns the secrets under the database's master key, creating the key on first use. */
    static IssuedSecrets open(Connection connection) throws SQLException {
        byte[] candidate = new byte[32];
        new SecureRandom().nextBytes(candidate);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + META + " (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
            insert.setString(1, MASTER_KEY);
            insert.setString(2, Base64.getEncoder().encodeToString(candidate));
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM " + META + " WHERE key = ?")) {
            select.setString(1, MASTER_KEY);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new IssuedSecrets(Base64.getDecoder().decode(rows.getString(1)));
            }
        }
    }

    /** Returns a new access key id: {@code prefix} (starting with {@code ASIA}, as AWS's temporary keys) and random. */
    String newAccessKeyId(String prefix) {
        StringBuilder id = new StringBuilder(prefix);
        while (id.length() < KEY_ID_LENGTH) {
            id.append(KEY_ID_ALPHABET.charAt(random.nextInt(KEY_ID_ALPHABET.length())));
        }
        return id.toString();
    }

    String secretOf(String accessKeyId) {
        return Base64.getEncoder().encodeToString(hmac("secret-access-key:" + accessKeyId))
                .substring(0, SECRET_LENGTH);
    }

    String sessionTokenOf(String accessKeyId) {
        return "Forte/" + Base64.getEncoder().withoutPadding().encodeToString(hmac("session-token:" + accessKeyId));
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(masterKey);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        }
    }
}
