package dev.forte.server;

import dev.forte.ForteException;
import dev.forte.server.internal.storage.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The database of an API that a command administers, running or not. */
final class ApiDatabase {
    private ApiDatabase() {}

    /**
     * Returns the database at {@code jdbcUrl}, or without one the embedded database in {@code dataDirectory}: the
     * one a running sandbox or node serves, else started for as long as it is open.
     *
     * @throws ForteException when there is no embedded database yet
     */
    static PostgresDatabase open(Path dataDirectory, @Nullable String jdbcUrl) {
        if (jdbcUrl != null) {
            return PostgresDatabase.external(jdbcUrl);
        }
        if (!Files.isDirectory(dataDirectory.resolve("postgres"))) {
            throw new ForteException("There is no embedded database in " + dataDirectory + " yet: start the API once "
                    + "(`forte sandbox`, or `forte serve --embedded-db`) with this data directory, or give the "
                    + "database of a node with --db (or $FORTE_DB_URL).");
        }
        return PostgresDatabase.attach(dataDirectory);
    }
}
