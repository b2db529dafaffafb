package dev.forte.server.internal.credentials;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.forte.ForteException;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.FunctionCredentials;
import dev.forte.server.internal.auth.FunctionPrincipal;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Issues, finds and revokes the temporary credentials of granted functions, in {@code forte_function_credentials}.
 *
 * <p><b>No secret is stored.</b> A row holds the access key id, the function, its grant and the expiry. The secret
 * key and session token are derived on demand as HMAC-SHA256 of the access key id under a 256-bit master key,
 * created once in {@code forte_meta} so every API node over the database derives the same values. Nothing secret
 * reaches a log or a row of its own, and revoking is deleting the row. The trade-off: whoever can read {@code
 * forte_meta} (a database dump, the data directory of the embedded database) can derive every live secret, exactly
 * as with secrets stored encrypted under a key kept in the same database; keeping the master key outside the
 * database would need a key every node shares, which is configuration Forte's sandbox does not have. The
 * credentials live hours, not years, and deleting the {@code function_credentials_key} row invalidates them all.
 *
 * <p>Lookups are cached for {@link #CACHE_TIME} per node: a revocation reaches other nodes within that time
 * (expiry is checked on every request from the cached entry).
 */
public final class FunctionCredentialStore implements CredentialLookup<FunctionPrincipal> {
    /** How long AWS Lambda's execution-role credentials live, and so the default here. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);
    static final Duration CACHE_TIME = Duration.ofSeconds(30);
    static final String TABLE = "forte_function_credentials";
    // Identity-pool keys begin with IdentityPoolStore.KEY_PREFIX instead, so a lookup knows which table to read.
    private static final String KEY_PREFIX = "ASIAF";
    // Kept a day past expiry so a late caller still hears "expired" rather than "unknown"; then forgotten.
    private static final Duration FORGET_AFTER_EXPIRY = Duration.ofDays(1);

    private final DataSource dataSource;
    private final Clock clock;
    private final IssuedSecrets secrets;
    private final Cache<String, Credential<FunctionPrincipal>> found =
            Caffeine.newBuilder().expireAfterWrite(CACHE_TIME).maximumSize(10_000).build();

    private FunctionCredentialStore(DataSource dataSource, Clock clock, IssuedSecrets secrets) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.secrets = secrets;
    }

    /**
     * Returns the store of the database behind {@code dataSource}, creating its table and master key on first use.
     * Needs {@code forte_meta}, which {@code ModelTableMigrator.migrate} creates.
     */
    public static FunctionCredentialStore open(DataSource dataSource, Clock clock) {
        try (Connection connection = dataSource.getConnection()) {
            return new FunctionCredentialStore(dataSource, clock, ensureTableAndKey(connection));
        } catch (SQLException e) {
            throw new ForteException("Preparing " + TABLE + " failed: " + e.getMessage()
                    + ". The database must be migrated (ModelTableMigrator.migrate) first.", e);
        }
    }

    /** Returns new credentials for {@code functionName} granted {@code operations}, valid for 12 hours. */
    public FunctionCredentials issue(String functionName, Set<ResourceOperation> operations) {
        return issue(functionName, operations, DEFAULT_LIFETIME);
    }

    /** Returns new credentials for {@code functionName} granted {@code operations}, valid for {@code lifetime}. */
    public FunctionCredentials issue(String functionName, Set<ResourceOperation> operations, Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new ForteException("Credentials of function `" + functionName + "` must live a positive time, got "
                    + lifetime + ".");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String accessKeyId = secrets.newAccessKeyId(KEY_PREFIX);
        Instant expiration = now.plus(lifetime);
        execute("DELETE FROM " + TABLE + " WHERE expires_at < ?", Timestamp.from(now.minus(FORGET_AFTER_EXPIRY)));
        execute("INSERT INTO " + TABLE + " (access_key_id, function_name, operations, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)", accessKeyId, functionName, encode(operations), Timestamp.from(now),
                Timestamp.from(expiration));
        return new FunctionCredentials(accessKeyId, secrets.secretOf(accessKeyId),
                secrets.sessionTokenOf(accessKeyId), expiration);
    }

    /** Returns the credential issued as {@code accessKeyId}, expired or not; empty when unknown or revoked. */
    @Override
    public Optional<Credential<FunctionPrincipal>> find(String accessKeyId) {
        Credential<FunctionPrincipal> cached = found.getIfPresent(accessKeyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Credential<FunctionPrincipal>> credential = select(accessKeyId);
        credential.ifPresent(c -> found.put(accessKeyId, c));
        return credential;
    }

    /** Revokes {@code accessKeyId} at once on this node (within {@link #CACHE_TIME} on others). */
    public void revoke(String accessKeyId) {
        found.invalidate(accessKeyId);
        execute("DELETE FROM " + TABLE + " WHERE access_key_id = ?", accessKeyId);
    }

    /** Revokes every credential of {@code functionName}, e.g. when its worker stops for good. */
    public void revokeAll(String functionName) {
        execute("DELETE FROM " + TABLE + " WHERE function_name = ?", functionName);
        found.asMap().values().removeIf(c -> c.principal().functionName().equals(functionName));
    }

    private Optional<Credential<FunctionPrincipal>> select(String accessKeyId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT function_name, operations, expires_at"
                        + " FROM " + TABLE + " WHERE access_key_id = ?")) {
            select.setString(1, accessKeyId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                FunctionPrincipal principal = new FunctionPrincipal(rows.getString(1), decode(rows.getString(2)));
                return Optional.of(new Credential<>(secrets.secretOf(accessKeyId),
                        secrets.sessionTokenOf(accessKeyId), rows.getTimestamp(3).toInstant(), principal));
            }
        } catch (SQLException e) {
            throw new ForteException("Reading " + TABLE + " failed: " + e.getMessage(), e);
        }
    }

    private void execute(String sql, Object... params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new ForteException("Writing " + TABLE + " failed: " + e.getMessage(), e);
        }
    }

    private static String encode(Set<ResourceOperation> operations) {
        return operations.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<ResourceOperation> decode(String operations) {
        Set<ResourceOperation> decoded = EnumSet.noneOf(ResourceOperation.class);
        Arrays.stream(operations.split(",")).filter(s -> !s.isEmpty()).map(ResourceOperation::valueOf)
                .forEach(decoded::add);
        return decoded;
    }

    private static IssuedSecrets ensureTableAndKey(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (access_key_id text PRIMARY KEY,"
                    + " function_name text NOT NULL, operations text NOT NULL, created_at timestamptz NOT NULL,"
                    + " expires_at timestamptz NOT NULL)");
        }
        return IssuedSecrets.open(connection);
    }
}
