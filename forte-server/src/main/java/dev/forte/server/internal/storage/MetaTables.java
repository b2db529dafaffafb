package dev.forte.server.internal.storage;

import dev.forte.ForteException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Forte's own tables beside the model tables: settings ({@code forte_meta}), API keys ({@code forte_api_keys}), and
 * the change feed's sequence and outbox ({@code forte_change_sequence}, {@code forte_change_outbox}), and the local
 * user pool's tables ({@link UserPoolStore}).
 */
final class MetaTables {
    static final String META = "forte_meta";
    static final String API_KEYS = "forte_api_keys";
    static final String APPLIED_SCHEMA = "applied_schema";
    /** Orders the changes of each item by commit; see {@link WrittenItem}. */
    static final String CHANGE_SEQUENCE = "forte_change_sequence";
    /** Changes too large for a NOTIFY payload, read by every node's {@link PostgresChangeFeed}. */
    static final String CHANGE_OUTBOX = "forte_change_outbox";
    private static final String NEXT_TOKEN_SECRET = "next_token_secret";

    private MetaTables() {}

    /** Creates the meta tables and the {@code nextToken} secret if they do not exist yet. */
    static void ensure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + META + " (key text PRIMARY KEY, value text NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + API_KEYS + " (key text PRIMARY KEY,"
                    + " created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL)");
            statement.execute("CREATE SEQUENCE IF NOT EXISTS " + CHANGE_SEQUENCE);
            statement.execute("CREATE TABLE IF NOT EXISTS " + CHANGE_OUTBOX + " (id bigserial PRIMARY KEY,"
                    + " created_at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)");
            statement.execute("CREATE INDEX IF NOT EXISTS " + CHANGE_OUTBOX + "_created_at ON " + CHANGE_OUTBOX
                    + " (created_at)");
            for (String sql : UserPoolStore.schema()) {
                statement.execute(sql);
            }
        }
        addApiKeyDescriptions(connection);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + META + " (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
            insert.setString(1, NEXT_TOKEN_SECRET);
            insert.setString(2, Base64.getEncoder().encodeToString(secret));
            insert.executeUpdate();
        }
    }

    /**
     * Adds {@code description} to an API key table made before keys had one. Checked first: ALTER TABLE would lock
     * the table against the key lookups of running nodes until the migration commits, even with nothing to add.
     */
    private static void addApiKeyDescriptions(Connection connection) throws SQLException {
        try (PreparedStatement column = connection.prepareStatement("SELECT 1 FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = 'description'")) {
            column.setString(1, API_KEYS);
            try (ResultSet rows = column.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + API_KEYS + " ADD COLUMN IF NOT EXISTS description text");
        }
    }

    static Optional<String> read(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM " + META + " WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static void write(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + META
                + " (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }

    /** Returns the database's secret for signing {@code nextToken}s; the same on every API node and after restarts. */
    static byte[] nextTokenSecret(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, NEXT_TOKEN_SECRET).map(Base64.getDecoder()::decode).orElseThrow(() ->
                    new ForteException("The database has no nextToken secret: run ModelTableMigrator.migrate first."));
        } catch (SQLException e) {
            throw new ForteException("Reading " + META + " failed: " + e.getMessage(), e);
        }
    }
}
