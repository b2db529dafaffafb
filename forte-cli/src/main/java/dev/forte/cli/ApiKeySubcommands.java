package dev.forte.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.ForteException;
import dev.forte.cli.internal.CliException;
import dev.forte.server.ApiKeys;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The subcommands of {@code forte api-key}, named as the AWS CLI's {@code appsync list-api-keys},
 * {@code create-api-key}, {@code update-api-key} and {@code delete-api-key}; {@code --output json} prints their
 * answers' shapes ({@code expires} in epoch seconds).
 */
final class ApiKeySubcommands {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiKeySubcommands() {}

    /** What every subcommand shares: the database, the output format and printing keys. */
    abstract static class KeyCommand implements Callable<Integer> {
        final CliContext context;

        @Mixin ApiDatabaseOptions database = new ApiDatabaseOptions();

        @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
                description = "text (default) or json (AppSync's shapes, as the AWS CLI prints them).")
        String output = "text";

        KeyCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!output.equals("text") && !output.equals("json")) {
                throw new CliException("--output " + output + " is not a format: give text or json.");
            }
            try (ApiKeys keys = database.openKeys(context)) {
                run(keys);
            }
            return 0;
        }

        abstract void run(ApiKeys keys);

        boolean json() {
            return output.equals("json");
        }

        /** Prints {@code key} as one line: id, expiry (and how far off it is), description. */
        void print(ApiKeys.Key key) {
            Instant now = Instant.now();
            Instant expires = key.expires().truncatedTo(ChronoUnit.SECONDS);
            String state = key.isExpiredAt(now) ? "expired " + expires
                    : "expires " + expires + " (in " + ahead(Duration.between(now, key.expires())) + ")";
            context.out().println(key.id() + "  " + state
                    + (key.description() == null ? "" : "  " + key.description()));
        }

        void printOne(ApiKeys.Key key) {
            if (json()) {
                ObjectNode answer = JSON.createObjectNode();
                answer.set("apiKey", shape(key));
                context.out().println(answer.toPrettyString());
            } else {
                print(key);
            }
        }

        static ObjectNode shape(ApiKeys.Key key) {
            ObjectNode node = JSON.createObjectNode().put("id", key.id());
            if (key.description() != null) {
                node.put("description", key.description());
            }
            return node.put("expires", key.expires().getEpochSecond());
        }

        /** Returns {@code left} in whole days (nearest) from two days on, else in hours, else in minutes. */
        private static String ahead(Duration left) {
            long hours = left.toHours();
            return hours >= 48 ? (hours + 12) / 24 + " days" : hours >= 1 ? hours + " hours" : left.toMinutes()
                    + " minutes";
        }
    }

    /** A command that sets an expiry: {@code --expires} or {@code --expires-in-days}. */
    abstract static class ExpiringCommand extends KeyCommand {
        @Option(names = "--description", paramLabel = "TEXT", description = "What the key is for.")
        @Nullable String description;

        @Option(names = "--expires", paramLabel = "TIME",
                description = "When the key expires: epoch seconds (as AppSync's `expires`) or an ISO date or time "
                        + "(2027-01-31, 2027-01-31T18:00:00Z); 1 to 365 days ahead, rounded down to the hour.")
        @Nullable String expires;

        @Option(names = "--expires-in-days", paramLabel = "N",
                description = "When the key expires, in days from now: 1 to 365.")
        @Nullable Integer expiresInDays;

        ExpiringCommand(CliContext context) {
            super(context);
        }

        /** Returns the expiry the options give, or null when they give none. */
        @Nullable Instant expiry() {
            if (expires != null && expiresInDays != null) {
                throw new CliException("--expires and --expires-in-days both set the expiry: give one.");
            }
            if (expiresInDays != null) {
                if (expiresInDays < 1 || expiresInDays > 365) {
                    throw new CliException("--expires-in-days " + expiresInDays + " is out of range: an API key must "
                            + "expire between 1 and 365 days from now (AppSync's limits).");
                }
                return Instant.now().plus(Duration.ofDays(expiresInDays));
            }
            return expires == null ? null : ExpiryTime.parse(expires);
        }

        /** Runs {@code change}, naming the option in a refused expiry's message. */
        ApiKeys.Key withExpiry(Function<@Nullable Instant, ApiKeys.Key> change) {
            Instant expiry = expiry();
            try {
                return change.apply(expiry);
            } catch (ForteException e) {
                if (expiry != null && String.valueOf(e.getMessage()).startsWith("An API key must expire")) {
                    String option = expires != null ? "--expires " + expires : "--expires-in-days " + expiresInDays;
                    throw new CliException(option + ": " + e.getMessage());
                }
                throw e;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the API's keys, expired ones too (they can be extended with update), the "
                    + "longest-living first.")
    static final class ListKeys extends KeyCommand {
        ListKeys(CliContext context) {
            super(context);
        }

        @Override
        void run(ApiKeys keys) {
            List<ApiKeys.Key> all = keys.list();
            if (json()) {
                ObjectNode answer = JSON.createObjectNode();
                ArrayNode items = answer.putArray("apiKeys");
                all.forEach(key -> items.add(shape(key)));
                context.out().println(answer.toPrettyString());
                return;
            }
            if (all.isEmpty()) {
                context.out().println("No API keys. `forte api-key create` makes one.");
            }
            all.forEach(this::print);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a key (valid 7 days unless --expires or --expires-in-days says otherwise) and "
                    + "prints it.")
    static final class CreateKey extends ExpiringCommand {
        CreateKey(CliContext context) {
            super(context);
        }

        @Override
        void run(ApiKeys keys) {
            printOne(withExpiry(expiry -> keys.create(expiry == null ? ApiKeys.inDays(7) : expiry, description)));
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Sets a key's expiry (extends it, even once expired) or description; every node accepts "
                    + "the new expiry at once.")
    static final class UpdateKey extends ExpiringCommand {
        @Parameters(paramLabel = "KEY", description = "The key (da2-...).")
        String key = "";

        UpdateKey(CliContext context) {
            super(context);
        }

        @Override
        void run(ApiKeys keys) {
            if (expires == null && expiresInDays == null && description == null) {
                throw new CliException("Nothing to update: give --expires-in-days N (or --expires TIME) to extend "
                        + key + ", or --description TEXT.");
            }
            printOne(withExpiry(expiry -> keys.update(key, expiry, description)));
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Deletes a key: every node refuses it at once.")
    static final class DeleteKey extends KeyCommand {
        @Parameters(paramLabel = "KEY", description = "The key (da2-...).")
        String key = "";

        DeleteKey(CliContext context) {
            super(context);
        }

        @Override
        void run(ApiKeys keys) {
            keys.delete(key);
            if (!json()) {
                context.out().println("Deleted " + key + ": clients that send it are refused.");
            }
        }
    }
}
