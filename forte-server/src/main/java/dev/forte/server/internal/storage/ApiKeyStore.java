package dev.forte.server.internal.storage;

import dev.forte.ForteException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The backend's API keys, in {@code forte_api_keys} (which {@link ModelTableMigrator#migrate} creates). Keys look
 * like AppSync's: {@code da2-} and 26 lowercase letters and digits. Every change is announced to the API nodes on
 * the database in the same transaction ({@link PostgresChangeFeed#announceApiKeyChange}), so that they forget
 * what they cached about keys as soon as it commits.
 */
public final class ApiKeyStore {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int KEY_LENGTH = 26;
    private static final String COLUMNS = "key, created_at, expires_at, description";

    private final DataSource dataSource;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeyStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Returns the unexpired key that lives longest, creating one valid for {@code expiresInDays} when there is none.
     * Nodes starting together agree on one key.
     */
    public ApiKey ensureValidKey(int expiresInDays) {
        if (expiresInDays < 1) {
            throw new ForteException("API keys must live at least one day, got expiresInDays = " + expiresInDays + ".");
        }
        return inTransaction(connection -> {
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(hashtext('forte.apikeys.' || current_schema()))");
            }
            Optional<ApiKey> valid = select(connection, "SELECT " + COLUMNS + " FROM " + MetaTables.API_KEYS
                    + " WHERE expires_at > ? ORDER BY expires_at DESC LIMIT 1", now());
            return valid.isPresent() ? valid.get() : insert(connection, expiresInDays);
        });
    }

    /** Returns the key {@code key} if it exists and has not expired; an expired key is never returned. */
    public Optional<ApiKey> find(String key) {
        return inTransaction(connection -> select(connection, "SELECT " + COLUMNS + " FROM " + MetaTables.API_KEYS
                + " WHERE key = ? AND expires_at > ?", key, now()));
    }

    /** Returns the key {@code key} whether or not it has expired; empty when there is no such key. */
    public Optional<ApiKey> get(String key) {
        return inTransaction(connection -> select(connection, "SELECT " + COLUMNS + " FROM " + MetaTables.API_KEYS
                + " WHERE key = ?", key));
    }

    /** Creates and returns a new key valid for {@code expiresInDays}, beside the existing ones. */
    public ApiKey create(int expiresInDays) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return create(now.plus(Duration.ofDays(expiresInDays)), null);
    }

    /** Creates and returns a new key that expires at {@code expiresAt}, beside the existing ones. */
    public ApiKey create(Instant expiresAt, @Nullable String description) {
        return inTransaction(connection -> insert(connection, expiresAt.truncatedTo(ChronoUnit.MICROS), description));
    }

    /** Returns every key, expired ones too, the longest-living first. */
    public List<ApiKey> list() {
        return inTransaction(connection -> selectAll(connection, "SELECT " + COLUMNS + " FROM " + MetaTables.API_KEYS
                + " ORDER BY expires_at DESC, key"));
    }

    /**
     * Sets the expiry and description of {@code key}, each when given (an empty description removes it); returns the
     * key as it now is, or empty when there is no such key.
     */
    public Optional<ApiKey> update(String key, @Nullable Instant expiresAt, @Nullable String description) {
        return inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + MetaTables.API_KEYS
                    + " SET expires_at = COALESCE(?, expires_at), description = CASE WHEN ? THEN NULLIF(?, '')"
                    + " ELSE description END WHERE key = ?")) {
                update.setTimestamp(1, expiresAt == null ? null : Timestamp.from(expiresAt));
                update.setBoolean(2, description != null);
                update.setString(3, description);
                update.setString(4, key);
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            PostgresChangeFeed.announceApiKeyChange(connection);
            return select(connection, "SELECT " + COLUMNS + " FROM " + MetaTables.API_KEYS + " WHERE key = ?", key);
        });
    }

    /** Deletes {@code key}; returns false when there was no such key. */
    public boolean delete(String key) {
        return inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + MetaTables.API_KEYS + " WHERE key = ?")) {
                delete.setString(1, key);
                if (delete.executeUpdate() == 0) {
                    return false;
                }
            }
            PostgresChangeFeed.announceApiKeyChange(connection);
            return true;
        });
    }

    private ApiKey insert(Connection connection, int expiresInDays) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return insert(connection, now.plus(Duration.ofDays(expiresInDays)), null);
    }

    private ApiKey insert(Connection connection, Instant expiresAt, @Nullable String description) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ApiKey key = new ApiKey(newKey(), now, expiresAt, description == null || description.isEmpty() ? null
                : description);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + MetaTables.API_KEYS + " (" + COLUMNS + ") VALUES (?, ?, ?, ?)")) {
            insert.setString(1, key.key());
            insert.setTimestamp(2, Timestamp.from(key.createdAt()));
            insert.setTimestamp(3, Timestamp.from(key.expiresAt()));
            insert.setString(4, key.description());
            insert.executeUpdate();
        }
        PostgresChangeFeed.announceApiKeyChange(connection);
        return key;
    }

    private String newKey() {
        StringBuilder key = new StringBuilder("da2-");
        for (int i = 0; i < KEY_LENGTH; i++) {
            key.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return key.toString();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Optional<ApiKey> select(Connection connection, String sql, Object... params) throws SQLException {
        return selectAll(connection, sql, params).stream().findFirst();
    }

    private static List<ApiKey> selectAll(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(new ApiKey(rows.getString(1), rows.getTimestamp(2).toInstant(),
                            rows.getTimestamp(3).toInstant(), rows.getString(4)));
                }
            }
            return keys;
        }
    }

    /** Creates Forte's own tables (API keys among them) where they do not exist yet, as a migration would. */
    public void ensureTables() {
        inTransaction(connection -> {
            try (Statement lock = connection.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(hashtext('forte.migrate.' || current_schema()))");
            }
            MetaTables.ensure(connection);
            return null;
        });
    }

    private <T> T inTransaction(Transactions.Work<T> work) {
        return Transactions.run(dataSource, "Reading or writing API keys", work);
    }
}
