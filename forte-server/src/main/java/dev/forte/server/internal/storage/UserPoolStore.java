package dev.forte.server.internal.storage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The local user pool's users, codes, SRP challenges and refresh tokens, in the {@code forte_user_pool_*} tables
 * that {@link ModelTableMigrator#migrate} creates: every API node over the database sees the same pool.
 */
public final class UserPoolStore {
    static final String USERS = "forte_user_pool_users";
    static final String CODES = "forte_user_pool_codes";
    static final String CHALLENGES = "forte_user_pool_challenges";
    static final String REFRESH_TOKENS = "forte_user_pool_refresh_tokens";
    private static final String USER_COLUMNS =
            "username, sub, salt, verifier, attributes, confirmed, groups, created_at";
    private static final String ATTEMPT_COLUMNS = "failed_sign_ins, locked_until";
    /** A user's email in lower case: what sign-in by email compares, without case as Amplify's pools do. */
    private static final String EMAIL = "lower(attributes::jsonb ->> 'email')";

    private final DataSource dataSource;
    private final Clock clock;

    public UserPoolStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The statements that create the tables, run by the migrator in its transaction. */
    static List<String> schema() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + USERS + " (username text PRIMARY KEY, sub text NOT NULL UNIQUE,"
                        + " salt text NOT NULL, verifier text NOT NULL, attributes text NOT NULL,"
                        + " confirmed boolean NOT NULL, groups text[] NOT NULL DEFAULT '{}',"
                        + " created_at timestamptz NOT NULL, failed_sign_ins integer NOT NULL DEFAULT 0,"
                        + " locked_until timestamptz)",
                "CREATE TABLE IF NOT EXISTS " + CODES + " (username text NOT NULL REFERENCES " + USERS
                        + " ON DELETE CASCADE, purpose text NOT NULL, code text NOT NULL,"
                        + " expires_at timestamptz NOT NULL, failed_attempts integer NOT NULL DEFAULT 0,"
                        + " PRIMARY KEY (username, purpose))",
                "CREATE TABLE IF NOT EXISTS " + CHALLENGES + " (secret_block text PRIMARY KEY, username text NOT NULL,"
                        + " private_value text NOT NULL, client_public_value text NOT NULL,"
                        + " expires_at timestamptz NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + REFRESH_TOKENS + " (token_hash text PRIMARY KEY, username text NOT NULL"
                        + " REFERENCES " + USERS + " ON DELETE CASCADE, client_id text NOT NULL,"
                        + " origin_jti text NOT NULL, auth_time timestamptz NOT NULL, expires_at timestamptz NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + REFRESH_TOKENS + "_origin_jti ON " + REFRESH_TOKENS + " (origin_jti)",
                "CREATE INDEX IF NOT EXISTS " + USERS + "_email ON " + USERS + " ((" + EMAIL + "))");
    }

    /** Adds {@code user}; returns false, changing nothing, when its username is taken. */
    public boolean create(PoolUser user) {
        return run("Adding a user", connection -> update(connection, "INSERT INTO " + USERS + " (" + USER_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING", user.username(),
                user.sub(), user.salt(), user.verifier(), user.attributes(), user.confirmed(),
                connection.createArrayOf("text", user.groups().toArray()), Timestamp.from(user.createdAt())) == 1);
    }

    /** Returns the user named {@code username}. */
    public Optional<PoolUser> find(String username) {
        return run("Reading a user", connection -> {
            try (PreparedStatement select = prepare(connection, "SELECT " + USER_COLUMNS + ", " + ATTEMPT_COLUMNS
                    + " FROM " + USERS
                    + " WHERE username = ?", username); ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(user(rows)) : Optional.empty();
            }
        });
    }

    /**
     * Returns the user whose {@code email} attribute is {@code email} in any case, the one that signed up first if
     * several.
     */
    public Optional<PoolUser> findByEmail(String email) {
        return run("Reading a user by email", connection -> {
            try (PreparedStatement select = prepare(connection, "SELECT " + USER_COLUMNS + ", " + ATTEMPT_COLUMNS
                    + " FROM " + USERS + " WHERE " + EMAIL + " = lower(?) ORDER BY created_at LIMIT 1",
                    email); ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(user(rows)) : Optional.empty();
            }
        });
    }

    /** Returns every user, by username; false from {@link #exists()} means there are none yet. */
    public List<PoolUser> list() {
        return run("Listing the users", connection -> {
            try (PreparedStatement select = prepare(connection, "SELECT " + USER_COLUMNS + ", " + ATTEMPT_COLUMNS
                    + " FROM " + USERS + " ORDER BY username"); ResultSet rows = select.executeQuery()) {
                List<PoolUser> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(user(rows));
                }
                return users;
            }
        });
    }

    /** Returns whether the pool's tables exist: an API with the pool has started on this database. */
    public boolean exists() {
        return run("Finding the tables", connection -> {
            try (PreparedStatement select = prepare(connection, "SELECT to_regclass(?) IS NOT NULL", USERS);
                    ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        });
    }

    /**
     * Marks the user confirmed, and its email verified when it has one (the code went there), and forgets its
     * sign-up code.
     */
    public void confirm(String username) {
        run("Confirming a user", connection -> {
            update(connection, "UPDATE " + USERS + " SET confirmed = true, attributes = CASE WHEN attributes::jsonb"
                    + " ->> 'email' IS NULL THEN attributes ELSE (attributes::jsonb"
                    + " || '{\"email_verified\": \"true\"}')::text END WHERE username = ?", username);
            return update(connection, "DELETE FROM " + CODES + " WHERE username = ? AND purpose = ?", username,
                    "SIGN_UP");
        });
    }

    /** Replaces the user's salt and verifier and revokes its refresh tokens (a new password signs it out). */
    public void changePassword(String username, String salt, String verifier) {
        run("Changing a password", connection -> {
            update(connection, "UPDATE " + USERS + " SET salt = ?, verifier = ? WHERE username = ?", salt, verifier,
                    username);
            return update(connection, "DELETE FROM " + REFRESH_TOKENS + " WHERE username = ?", username);
        });
    }

    /**
     * Counts a wrong password of the user and returns how many there have been since its last sign-in; {@code
     * lockout} says for how long, after that many, password sign-in is refused (zero: not at all).
     */
    public int countFailedSignIn(String username, IntFunction<Duration> lockout) {
        return run("Counting a wrong password", connection -> {
            int failures;
            try (PreparedStatement count = prepare(connection, "UPDATE " + USERS + " SET failed_sign_ins ="
                    + " failed_sign_ins + 1 WHERE username = ? RETURNING failed_sign_ins", username);
                    ResultSet rows = count.executeQuery()) {
                failures = rows.next() ? rows.getInt(1) : 0;
            }
            Duration locked = lockout.apply(failures);
            if (!locked.isZero()) {
                update(connection, "UPDATE " + USERS + " SET locked_until = ? WHERE username = ?",
                        Timestamp.from(clock.instant().plus(locked)), username);
            }
            return failures;
        });
    }

    /** Forgets the user's wrong passwords: it signed in. */
    public void resetFailedSignIns(String username) {
        run("Resetting wrong passwords", connection -> update(connection, "UPDATE " + USERS
                + " SET failed_sign_ins = 0, locked_until = NULL WHERE username = ?", username));
    }

    /** Adds the user to {@code group} (once); returns false when there is no such user. */
    public boolean addToGroup(String username, String group) {
        return run("Adding a user to a group", connection -> update(connection, "UPDATE " + USERS + " SET groups ="
                + " CASE WHEN ? = ANY(groups) THEN groups ELSE array_append(groups, ?) END WHERE username = ?", group,
                group, username) == 1);
    }

    /** Removes the user from {@code group}; returns false when there is no such user. */
    public boolean removeFromGroup(String username, String group) {
        return run("Removing a user from a group", connection -> update(connection, "UPDATE " + USERS
                + " SET groups = array_remove(groups, ?) WHERE username = ?", group, username) == 1);
    }

    /** Keeps {@code code} as the user's code for {@code purpose}, replacing an earlier one. */
    public void saveCode(String username, String purpose, PoolCode code) {
        run("Saving a code", connection -> update(connection, "INSERT INTO " + CODES
                + " (username, purpose, code, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (username, purpose)"
                + " DO UPDATE SET code = EXCLUDED.code, expires_at = EXCLUDED.expires_at, failed_attempts = 0",
                username, purpose,
                code.code(), Timestamp.from(code.expiresAt())));
    }

    /** Returns the user's code for {@code purpose}, expired or not. */
    public Optional<PoolCode> code(String username, String purpose) {
        return run("Reading a code", connection -> {
            try (PreparedStatement select = prepare(connection, "SELECT code, expires_at FROM " + CODES
                    + " WHERE username = ? AND purpose = ?", username, purpose); ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new PoolCode(rows.getString(1), rows.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        });
    }

    /**
     * Counts a wrong guess at the user's code for {@code purpose}; returns the guesses counted so far, 0 when there
     * is no code.
     */
    public int countFailedAttempt(String username, String purpose) {
        return run("Counting a wrong code", connection -> {
            try (PreparedStatement count = prepare(connection, "UPDATE " + CODES + " SET failed_attempts ="
                    + " failed_attempts + 1 WHERE username = ? AND purpose = ? RETURNING failed_attempts", username,
                    purpose); ResultSet rows = count.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    /** Forgets the user's code for {@code purpose}. */
    public void deleteCode(String username, String purpose) {
        run("Deleting a code", connection -> update(connection, "DELETE FROM " + CODES
                + " WHERE username = ? AND purpose = ?", username, purpose));
    }

    /** Keeps a challenge under its secret block, and forgets expired ones. */
    public void saveChallenge(String secretBlock, SrpChallenge challenge) {
        run("Saving a sign-in challenge", connection -> {
            update(connection, "DELETE FROM " + CHALLENGES + " WHERE expires_at < ?", now());
            return update(connection, "INSERT INTO " + CHALLENGES + " (secret_block, username, private_value,"
                    + " client_public_value, expires_at) VALUES (?, ?, ?, ?, ?)", secretBlock, challenge.username(),
                    challenge.privateValue(), challenge.clientPublicValue(), Timestamp.from(challenge.expiresAt()));
        });
    }

    /** Removes and returns the unexpired challenge of {@code secretBlock}: each is answered at most once. */
    public Optional<SrpChallenge> takeChallenge(String secretBlock) {
        return run("Reading a sign-in challenge", connection -> {
            try (PreparedStatement delete = prepare(connection, "DELETE FROM " + CHALLENGES + " WHERE secret_block = ?"
                    + " RETURNING username, private_value, client_public_value, expires_at", secretBlock);
                    ResultSet rows = delete.executeQuery()) {
                if (!rows.next() || !rows.getTimestamp(4).toInstant().isAfter(clock.instant())) {
                    return Optional.empty();
                }
                return Optional.of(new SrpChallenge(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getTimestamp(4).toInstant()));
            }
        });
    }

    /** Keeps a refresh token as its hash. */
    public void saveRefreshToken(String tokenHash, RefreshGrant grant) {
        run("Saving a refresh token", connection -> {
            update(connection, "DELETE FROM " + REFRESH_TOKENS + " WHERE expires_at < ?", now());
            return update(connection, "INSERT INTO " + REFRESH_TOKENS
                + " (token_hash, username, client_id, origin_jti, auth_time, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                tokenHash, grant.username(), grant.clientId(), grant.originJti(), Timestamp.from(grant.authTime()),
                Timestamp.from(grant.expiresAt()));
        });
    }

    /** Returns what the unexpired, unrevoked refresh token with {@code tokenHash} grants. */
    public Optional<RefreshGrant> refreshGrant(String tokenHash) {
        return run("Reading a refresh token", connection -> {
            try (PreparedStatement select = prepare(connection, "SELECT username, client_id, origin_jti, auth_time,"
                    + " expires_at FROM " + REFRESH_TOKENS + " WHERE token_hash = ? AND expires_at > ?", tokenHash,
                    now()); ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new RefreshGrant(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getTimestamp(4).toInstant(), rows.getTimestamp(5).toInstant()))
                        : Optional.empty();
            }
        });
    }

    /** Revokes one refresh token; returns false when there was none. */
    public boolean revokeRefreshToken(String tokenHash) {
        return run("Revoking a refresh token", connection -> update(connection, "DELETE FROM " + REFRESH_TOKENS
                + " WHERE token_hash = ?", tokenHash) == 1);
    }

    /** Revokes every refresh token of the user, and so the access tokens issued from them. */
    public void signOutEverywhere(String username) {
        run("Signing a user out", connection -> update(connection, "DELETE FROM " + REFRESH_TOKENS
                + " WHERE username = ?", username));
    }

    /** Returns whether the sign-in {@code originJti} still stands: its refresh token is neither revoked nor expired. */
    public boolean signInStands(String originJti) {
        return run("Reading a sign-in", connection -> {
            try (PreparedStatement select = prepare(connection, "SELECT 1 FROM " + REFRESH_TOKENS
                    + " WHERE origin_jti = ? AND expires_at > ?", originJti, now()); ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        });
    }

    private static PoolUser user(ResultSet rows) throws SQLException {
        Array groups = rows.getArray(7);
        Timestamp lockedUntil = rows.getTimestamp(10);
        return new PoolUser(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getBoolean(6), List.of((String[]) groups.getArray()),
                rows.getTimestamp(8).toInstant(), rows.getInt(9), lockedUntil == null ? null : lockedUntil.toInstant());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static int update(Connection connection, String sql, @Nullable Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, @Nullable Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    private <T> T run(String what, Transactions.Work<T> work) {
        return Transactions.run(dataSource, what + " of the local user pool", work);
    }
}
