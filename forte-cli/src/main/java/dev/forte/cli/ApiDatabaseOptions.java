package dev.forte.cli;

import dev.forte.server.ApiKeys;
import dev.forte.server.UserPoolUsers;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that find the database whose API keys ({@code forte api-key}) and users ({@code forte auth}) a command
 * manages: {@code --db} (or
 * {@code $FORTE_DB_URL}), a node's own; else the embedded database of {@code --data-dir} (or
 * {@code <project>/.forte}), reached through the sandbox or node running on it, or started for the command.
 */
final class ApiDatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The API's PostgreSQL, as given to `forte serve --db` (default: $"
                    + ServerOptions.DB_URL_VARIABLE + "; without either, the embedded database of --data-dir).")
    @Nullable String databaseUrl;

    @Mixin SandboxLocation location = new SandboxLocation();

    /** Opens the keys of the chosen database. */
    ApiKeys openKeys(CliContext context) {
        return ApiKeys.open(location.dataDirectory(context), url(context));
    }

    /** Opens the user pool's users in the chosen database. */
    UserPoolUsers openUsers(CliContext context) {
        return UserPoolUsers.open(location.dataDirectory(context), url(context));
    }

    private @Nullable String url(CliContext context) {
        return ServerOptions.jdbcUrl(context, databaseUrl, "omit both to use the embedded database of --data-dir");
    }
}
