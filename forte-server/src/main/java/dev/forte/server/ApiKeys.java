package dev.forte.server;

import dev.forte.ForteException;
import dev.forte.server.internal.storage.ApiKey;
import dev.forte.server.internal.storage.ApiKeyStore;
import dev.forte.server.internal.storage.PostgresDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The API keys of a Forte API, kept in its database, managed as AppSync's {@code CreateApiKey},
 * {@code UpdateApiKey}, {@code DeleteApiKey} and {@code ListApiKeys} manage an API's keys. Every API node on the
 * database accepts a created or extended key and refuses a deleted one as soon as the change commits.
 *
 * <pre>{@code
 * try (ApiKeys keys = ApiKeys.open(Path.of(".forte"), "jdbc:postgresql://db:5432/app?user=forte&password=...")) {
 *     ApiKeys.Key key = keys.create(ApiKeys.inDays(30), "the mobile app");
 *     keys.update(key.id(), ApiKeys.inDays(365), null);
 * }
 * }</pre>
 */
public final class ApiKeys implements AutoCloseable {
    /** The shortest time ahead an expiry may be, AppSync's limit. */
    public static final Duration SHORTEST = Duration.ofDays(1);
    /** The longest time ahead an expiry may be, AppSync's limit. */
    public static final Duration LONGEST = Duration.ofDays(365);

    private final PostgresDatabase database;
    private final ApiKeyStore store;
    private final Clock clock;

    private ApiKeys(PostgresDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.store = new ApiKeyStore(database.dataSource(), clock);
    }

    /** An API key: its id (the {@code da2-...} clients send), description, and when it was made and expires. */
    public record Key(String id, @Nullable String description, Instant createdAt, Instant expires) {
        /** Returns true when the key is no longer accepted at {@code now}. */
        public boolean isExpiredAt(Instant now) {
            return !now.isBefore(expires);
        }
    }

    /**
     * Opens the keys of the API whose database is {@code jdbcUrl}, or without one the embedded database in
     * {@code dataDirectory}: the one a running sandbox or node serves, else started for as long as this is open.
     *
     * @throws ForteException when the database cannot be reached, or there is no embedded database yet
     */
    public static ApiKeys open(Path dataDirectory, @Nullable String jdbcUrl) {
        return open(dataDirectory, jdbcUrl, Clock.systemUTC());
    }

    static ApiKeys open(Path dataDirectory, @Nullable String jdbcUrl, Clock clock) {
        PostgresDatabase database = ApiDatabase.open(dataDirectory, jdbcUrl);
        try {
            ApiKeys keys = new ApiKeys(database, clock);
            keys.store.ensureTables();
            return keys;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Returns the time {@code days} days from now, an expiry for {@link #create} or {@link #update}. */
    public static Instant inDays(long days) {
        return Instant.now().plus(Duration.ofDays(days));
    }

    /** Returns every key, expired ones too (they can be extended), the longest-living first. */
    public List<Key> list() {
        return store.list().stream().map(ApiKeys::key).toList();
    }

    /**
     * Creates a key that expires at {@code expires}, rounded down to the hour as AppSync does.
     *
     * @throws ForteException when that is less than 1 or more than 365 days ahead
     */
    public Key create(Instant expires, @Nullable String description) {
        return key(store.create(checkedExpiry(expires), description));
    }

    /**
     * Sets the expiry (rounded down to the hour) and description of key {@code id}, each when not null; an empty
     * description removes it. An expired key may be extended: clients that send it are accepted again.
     *
     * @throws ForteException when there is no such key, or the expiry is less than 1 or more than 365 days ahead
     */
    public Key update(String id, @Nullable Instant expires, @Nullable String description) {
        Instant checked = expires == null ? null : checkedExpiry(expires);
        return store.update(id, checked, description).map(ApiKeys::key).orElseThrow(() -> noSuchKey(id));
    }

    /**
     * Deletes key {@code id}: clients that send it are refused from now on.
     *
     * @throws ForteException when there is no such key
     */
    public void delete(String id) {
        if (!store.delete(id)) {
            throw noSuchKey(id);
        }
    }

    /** Returns {@code expires} rounded down to the hour, checked to lie 1 to 365 days ahead as AppSync's must. */
    Instant checkedExpiry(Instant expires) {
        Instant rounded = expires.truncatedTo(ChronoUnit.HOURS);
        Duration ahead = Duration.between(clock.instant().truncatedTo(ChronoUnit.HOURS), rounded);
        if (ahead.compareTo(SHORTEST) < 0 || ahead.compareTo(LONGEST) > 0) {
            throw new ForteException("An API key must expire between 1 and 365 days from now, in whole hours (a time "
                    + "within an hour is rounded down to the hour, as AppSync does): " + expires + " is "
                    + describe(Duration.between(clock.instant(), expires)) + ". Choose an expiry in that range.");
        }
        return rounded;
    }

    private static String describe(Duration ahead) {
        if (ahead.isNegative()) {
            return "in the past";
        }
        if (ahead.toHours() < 1) {
            return ahead.toMinutes() + " minutes from now";
        }
        return ahead.toHours() < 48 ? ahead.toHours() + " hours from now" : ahead.toDays() + " days from now";
    }

    private ForteException noSuchKey(String id) {
        return new ForteException("There is no API key " + id + " in this API's database: `forte api-key list` shows "
                + "the keys there are.");
    }

    private static Key key(ApiKey key) {
        return new Key(key.key(), key.description(), key.createdAt(), key.expiresAt());
    }

    /** Closes the database connection, and stops the embedded database when it was started for this. */
    @Override
    public void close() {
        database.close();
    }
}
