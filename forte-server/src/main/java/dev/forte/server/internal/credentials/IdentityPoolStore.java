package dev.forte.server.internal.credentials;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.forte.ForteException;
import dev.forte.server.internal.auth.IdentityPoolPrincipal;
import dev.forte.server.internal.auth.sigv4.Credential;
import dev.forte.server.internal.auth.sigv4.CredentialLookup;
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
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The identity pool's state in the database, shared by every API node: its id ({@code <region>:<uuid>}, created
 * once in {@code forte_meta}), its identities ({@code forte_identity_pool_identities}: guests, and one per
 * user-pool {@code sub}) and the credentials issued to them ({@code forte_identity_pool_credentials}, secrets
 * derived as for functions, {@link IssuedSecrets}). Credential lookups are cached for 30 seconds per node.
 */
public final class IdentityPoolStore implements CredentialLookup<IdentityPoolPrincipal> {
    /** Every identity-pool access key id begins with this; function keys never do. */
    public static final String KEY_PREFIX = "ASIAC";
    static final String IDENTITIES = "forte_identity_pool_identities";
    static final String CREDENTIALS = "forte_identity_pool_credentials";
    private static final String POOL_KEY = "identity_pool_uuid";
    private static final Duration FORGET_AFTER_EXPIRY = Duration.ofDays(1);
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Clock clock;
    private final IssuedSecrets secrets;
    private final String region;
    private final String poolId;
    private final Cache<String, Credential<IdentityPoolPrincipal>> found =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(30)).maximumSize(10_000).build();

    /** One identity: a guest's has no user. */
    public record StoredIdentity(String identityId, @Nullable String userSub, @Nullable String loginProvider) {}

    private IdentityPoolStore(DataSource dataSource, Clock clock, IssuedSecrets secrets, String region,
            String poolUuid) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.secrets = secrets;
        this.region = region;
        this.poolId = region + ":" + poolUuid;
    }

    /**
     * Returns the pool of the database behind {@code dataSource} in {@code region}, creating its tables and id on
     * first use. Needs {@code forte_meta}, which {@code ModelTableMigrator.migrate} creates.
     */
    public static IdentityPoolStore open(DataSource dataSource, Clock clock, String region) {
        try (Connection connection = dataSource.getConnection()) {
            createTables(connection);
            return new IdentityPoolStore(dataSource, clock, IssuedSecrets.open(connection), region,
                    poolUuid(connection));
        } catch (SQLException e) {
            throw new ForteException("Preparing the identity pool's tables failed: " + e.getMessage()
                    + ". The database must be migrated (ModelTableMigrator.migrate) first.", e);
        }
    }

    /** Returns the pool's id, {@code <region>:<uuid>}. */
    public String poolId() {
        return poolId;
    }

    /** Returns a new guest identity. */
    public String newGuestIdentity() {
        String identityId = newIdentityId();
        update("INSERT INTO " + IDENTITIES + " (identity_id, created_at) VALUES (?, ?)", identityId, now());
        return identityId;
    }

    /** Returns the identity of the user {@code userSub} signed in with {@code loginProvider}, created on first use. */
    public String identityOfUser(String userSub, String loginProvider) {
        update("INSERT INTO " + IDENTITIES + " (identity_id, user_sub, login_provider, created_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (user_sub) DO NOTHING", newIdentityId(), userSub, loginProvider,
                now());
        return query("SELECT identity_id, user_sub, login_provider FROM " + IDENTITIES + " WHERE user_sub = ?",
                userSub).orElseThrow().identityId();
    }

    /**
     * Makes the guest identity {@code identityId} the identity of the user {@code userSub}, as Cognito links a guest
     * who signs in, unless that user has one already; returns whether it did.
     */
    public boolean linkGuestToUser(String identityId, String userSub, String loginProvider) {
        try {
            return update("UPDATE " + IDENTITIES + " SET user_sub = ?, login_provider = ? WHERE identity_id = ?"
                    + " AND user_sub IS NULL AND NOT EXISTS (SELECT 1 FROM " + IDENTITIES + " WHERE user_sub = ?)",
                    userSub, loginProvider, identityId, userSub) > 0;
        } catch (ForteException e) {
            // Another node linked or created the user's identity at the same moment: that one stands.
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** Returns the identity {@code identityId}, or empty when the pool has none of that id. */
    public Optional<StoredIdentity> identity(String identityId) {
        return query("SELECT identity_id, user_sub, login_provider FROM " + IDENTITIES + " WHERE identity_id = ?",
                identityId);
    }

    /** Returns new credentials for {@code caller}, valid for {@code lifetime}. */
    public SessionCredentials issue(IdentityPoolPrincipal caller, Duration lifetime) {
        Timestamp now = now();
        String accessKeyId = secrets.newAccessKeyId(KEY_PREFIX);
        Instant expiration = now.toInstant().plus(lifetime);
        update("DELETE FROM " + CREDENTIALS + " WHERE expires_at < ?",
                Timestamp.from(now.toInstant().minus(FORGET_AFTER_EXPIRY)));
        update("INSERT INTO " + CREDENTIALS + " (access_key_id, identity_id, login_provider, user_sub, created_at,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?)", accessKeyId, caller.identityId(), caller.loginProvider(),
                caller.userSub(), now, Timestamp.from(expiration));
        return new SessionCredentials(accessKeyId, secrets.secretOf(accessKeyId), secrets.sessionTokenOf(accessKeyId),
                expiration);
    }

    /** Returns the credential issued as {@code accessKeyId}, expired or not; empty when unknown. */
    @Override
    public Optional<Credential<IdentityPoolPrincipal>> find(String accessKeyId) {
        Credential<IdentityPoolPrincipal> cached = found.getIfPresent(accessKeyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Credential<IdentityPoolPrincipal>> credential = select(accessKeyId);
        credential.ifPresent(c -> found.put(accessKeyId, c));
        return credential;
    }

    private Optional<Credential<IdentityPoolPrincipal>> select(String accessKeyId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT identity_id, login_provider,"
                        + " user_sub, expires_at FROM " + CREDENTIALS + " WHERE access_key_id = ?")) {
            select.setString(1, accessKeyId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                IdentityPoolPrincipal principal = new IdentityPoolPrincipal(poolId, rows.getString(1),
                        rows.getString(2), rows.getString(3));
                return Optional.of(new Credential<>(secrets.secretOf(accessKeyId),
                        secrets.sessionTokenOf(accessKeyId), rows.getTimestamp(4).toInstant(), principal));
            }
        } catch (SQLException e) {
            throw new ForteException("Reading " + CREDENTIALS + " failed: " + e.getMessage(), e);
        }
    }

    private Optional<StoredIdentity> query(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new StoredIdentity(rows.getString(1), rows.getString(2),
                        rows.getString(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new ForteException("Reading " + IDENTITIES + " failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, @Nullable Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new ForteException("Writing the identity pool's tables failed: " + e.getMessage(), e);
        }
    }

    private String newIdentityId() {
        return region + ":" + UUID.randomUUID();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private static void createTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + IDENTITIES + " (identity_id text PRIMARY KEY,"
                    + " user_sub text UNIQUE, login_provider text, created_at timestamptz NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + CREDENTIALS + " (access_key_id text PRIMARY KEY,"
                    + " identity_id text NOT NULL, login_provider text, user_sub text,"
                    + " created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL)");
        }
    }

    private static String poolUuid(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO forte_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
            insert.setString(1, POOL_KEY);
            insert.setString(2, UUID.randomUUID().toString());
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM forte_meta WHERE key = ?")) {
            select.setString(1, POOL_KEY);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
