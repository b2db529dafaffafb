package dev.forte.server;

import dev.forte.ForteException;
import dev.forte.server.internal.storage.PoolUser;
import dev.forte.server.internal.storage.PostgresDatabase;
import dev.forte.server.internal.storage.UserPoolStore;
import dev.forte.server.internal.userpool.GroupName;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The users of a Forte API's local user pool, kept in its database, administered as Cognito's
 * {@code AdminAddUserToGroup}, {@code AdminRemoveUserFromGroup} and {@code ListUsers} do. A group change shows in
 * the user's {@code cognito:groups} from its next sign-in or refresh, on every node over the database.
 *
 * <pre>{@code
 * try (UserPoolUsers users = UserPoolUsers.open(Path.of(".forte"), null)) {
 *     users.addToGroup("alice", "Admin");
 * }
 * }</pre>
 */
public final class UserPoolUsers implements AutoCloseable {
    private final PostgresDatabase database;
    private final UserPoolStore store;

    private UserPoolUsers(PostgresDatabase database) {
        this.database = database;
        this.store = new UserPoolStore(database.dataSource(), Clock.systemUTC());
    }

    /**
     * A user: its username, {@code sub}, Cognito status ({@code CONFIRMED} or {@code UNCONFIRMED}), groups, when it
     * signed up, and its email (null without one), which users of an email-login pool sign in with.
     */
    public record User(String username, String sub, String status, List<String> groups, Instant created,
            @Nullable String email) {}

    /**
     * Opens the users of the API whose database is {@code jdbcUrl}, or without one the embedded database in
     * {@code dataDirectory}: the one a running sandbox or node serves, else started for as long as this is open.
     *
     * @throws ForteException when the database cannot be reached, or no API with a user pool has run on it yet
     */
    public static UserPoolUsers open(Path dataDirectory, @Nullable String jdbcUrl) {
        PostgresDatabase database = ApiDatabase.open(dataDirectory, jdbcUrl);
        try {
            UserPoolUsers users = new UserPoolUsers(database);
            if (!users.store.exists()) {
                throw new ForteException("This database has no user pool yet: start the API (with defineAuth() in "
                        + "its backend) on it once, and sign users up, before managing them.");
            }
            return users;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Returns every user, by username. */
    public List<User> list() {
        return store.list().stream().map(UserPoolUsers::user).toList();
    }

    /**
     * Adds user {@code username} (or the user whose email it is) to {@code group} (nothing changes when it is in it
     * already).
     *
     * @throws ForteException when there is no such user or {@code group} is not a Cognito group name
     */
    public void addToGroup(String username, String group) {
        if (!store.addToGroup(usernameOf(username), GroupName.checked(group))) {
            throw noSuchUser(username);
        }
    }

    /**
     * Removes user {@code username} (or the user whose email it is) from {@code group} (nothing changes when it is
     * not in it).
     *
     * @throws ForteException when there is no such user
     */
    public void removeFromGroup(String username, String group) {
        if (!store.removeFromGroup(usernameOf(username), group)) {
            throw noSuchUser(username);
        }
    }

    /** Returns the username of the user named {@code name} or, failing that, of the one whose email it is. */
    private String usernameOf(String name) {
        return store.find(name).or(() -> store.findByEmail(name)).map(PoolUser::username).orElse(name);
    }

    private static ForteException noSuchUser(String username) {
        return new ForteException("There is no user `" + username + "` in this API's user pool: users sign up "
                + "through the app (aws-amplify's signUp); `forte auth list-users` shows those there are.");
    }

    private static User user(PoolUser user) {
        return new User(user.username(), user.sub(), user.confirmed() ? "CONFIRMED" : "UNCONFIRMED", user.groups(),
                user.createdAt(), user.email());
    }

    /** Closes the database connection, and stops the embedded database when it was started for this. */
    @Override
    public void close() {
        database.close();
    }
}
