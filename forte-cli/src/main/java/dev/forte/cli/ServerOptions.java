package dev.forte.cli;

import dev.forte.cli.internal.CliException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The checks of the options {@code sandbox} and {@code serve} share: port, data directory and database. */
final class ServerOptions {
    static final int DEFAULT_PORT = 20002;
    static final String DB_URL_VARIABLE = "FORTE_DB_URL";

    private ServerOptions() {}

    static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new CliException("--port " + port + " is out of range: give 0 (any free port) to 65535.");
        }
    }

    /** Returns {@code --data-dir} when given, else {@code <project>/.forte}; a file there is an error. */
    static Path dataDirectory(CliContext context, BackendOptions backend, @Nullable Path option) {
        Path directory = option == null
                ? backend.projectDirectory(context).resolve(".forte")
                : context.resolve(option);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new CliException("--data-dir " + directory + " is a file. Give a directory (it is created if "
                    + "missing).");
        }
        return directory;
    }

    /**
     * Returns {@code --db} when given, else {@code $FORTE_DB_URL}, else null; a URL that is not PostgreSQL's is an
     * error naming where it came from and, as {@code otherwise}, what else to do.
     */
    static @Nullable String jdbcUrl(CliContext context, @Nullable String option, String otherwise) {
        String url = option != null ? option : context.env(DB_URL_VARIABLE);
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            String source = option != null ? "--db" : "$" + DB_URL_VARIABLE;
            throw new CliException(source + " is not a PostgreSQL JDBC URL: give "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD, or " + otherwise + ".");
        }
        return url;
    }

    /** Returns the database as the startup line shows it: its URL without the password. */
    static String describeDatabase(@Nullable String jdbcUrl) {
        return jdbcUrl == null ? "embedded PostgreSQL" : jdbcUrl.replaceAll("password=[^&]*", "password=***");
    }
}
