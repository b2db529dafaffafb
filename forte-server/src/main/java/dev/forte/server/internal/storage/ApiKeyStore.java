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
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The backend's API keys, in {@code forte_api_keys} (which {@link ModelTableMigrator#migrate} creates). Keys look
 * like AppSync's: {@code da2-} and 26 lowercase letters and digits.
 */
public final class ApiKeyStore {
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final int KEY_LENGTH = 26;
    private static final String COLUMNS = "key, created_at, expires_at";

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

    /** Creates and returns a new key valid for {@code expiresInDays}, beside the existing ones. */
    public ApiKey create(int expiresInDays) {
        return inTransaction(connection -> insert(connection, expiresInDays));
    }

    private ApiKey insert(Connection connection, int expiresInDays) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ApiKey key = new ApiKey(newKey(), now, now.plus(Duration.ofDays(expiresInDays)));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + MetaTables.API_KEYS + " (" + COLUMNS + ") VALUES (?, ?, ?)")) {
            insert.setString(1, key.key());
            insert.setTimestamp(2, Timestamp.from(key.createdAt()));
            insert.setTimestamp(3, Timestamp.from(key.expiresAt()));
            insert.executeUpdate();
        }
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
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new ApiKey(rows.getString(1), rows.getTimestamp(2).toInstant(),
                        rows.getTimestamp(3).toInstant())) : Optional.empty();
            }
        }
    }

    private <T> T inTransaction(Transactions.Work<T> work) {
        return Transactions.run(dataSource, "Reading or writing API keys", work);
    }
}
