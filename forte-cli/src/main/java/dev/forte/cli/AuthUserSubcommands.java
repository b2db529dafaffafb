package dev.forte.cli;

import dev.forte.server.UserPoolUsers;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The subcommands of {@code forte auth} that administer the local user pool's users in an API's database, running
 * or not, as Cognito's {@code AdminAddUserToGroup}, {@code AdminRemoveUserFromGroup} and {@code ListUsers} do.
 */
final class AuthUserSubcommands {

    private AuthUserSubcommands() {}

    /** What every subcommand shares: the database whose users it works with. */
    abstract static class UserCommand implements Callable<Integer> {
        final CliContext context;

        @Mixin ApiDatabaseOptions database = new ApiDatabaseOptions();

        UserCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            try (UserPoolUsers users = database.openUsers(context)) {
                run(users);
            }
            return 0;
        }

        abstract void run(UserPoolUsers users);
    }

    /** What the group subcommands share: the user and the group. */
    abstract static class GroupCommand extends UserCommand {
        @Option(names = "--user", required = true, paramLabel = "NAME",
                description = "The user's username, or its email in an email-login pool.")
        String user = "";

        @Option(names = "--group", required = true, paramLabel = "GROUP", description = "The group, e.g. Admin.")
        String group = "";

        GroupCommand(CliContext context) {
            super(context);
        }
    }

    @Command(name = "add-to-group", mixinStandardHelpOptions = true,
            description = "Adds a user of the API's user pool to a group (cognito:groups of its tokens from its next "
                    + "sign-in or refresh).")
    static final class AddToGroup extends GroupCommand {
        AddToGroup(CliContext context) {
            super(context);
        }

        @Override
        void run(UserPoolUsers users) {
            users.addToGroup(user, group);
            context.out().println("Added " + user + " to " + group + ": its tokens carry it in cognito:groups from "
                    + "its next sign-in or refresh.");
        }
    }

    @Command(name = "remove-from-group", mixinStandardHelpOptions = true,
            description = "Removes a user of the API's user pool from a group (from its next sign-in or refresh).")
    static final class RemoveFromGroup extends GroupCommand {
        RemoveFromGroup(CliContext context) {
            super(context);
        }

        @Override
        void run(UserPoolUsers users) {
            users.removeFromGroup(user, group);
            context.out().println("Removed " + user + " from " + group + ": its tokens lose it from its next "
                    + "sign-in or refresh.");
        }
    }

    @Command(name = "list-users", mixinStandardHelpOptions = true,
            description = "Lists the users of the API's user pool: username, sub, status, groups, sign-up time, email.")
    static final class ListUsers extends UserCommand {
        ListUsers(CliContext context) {
            super(context);
        }

        @Override
        void run(UserPoolUsers users) {
            for (UserPoolUsers.User user : users.list()) {
                context.out().println(user.username() + "  " + user.sub() + "  " + user.status() + "  "
                        + (user.groups().isEmpty() ? "-" : String.join(",", user.groups())) + "  "
                        + user.created().truncatedTo(ChronoUnit.SECONDS)
                        + (user.email() == null ? "" : "  " + user.email()));
            }
        }
    }
}
