package dev.forte.cli;

import dev.forte.cli.internal.SandboxAdminClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forte auth add-to-group --user alice --group Admin}: adds a signed-up user of the running sandbox's local
 * user pool to a group, as Cognito's AdminAddUserToGroup does.
 */
@Command(name = "add-to-group", mixinStandardHelpOptions = true,
        description = "Adds a signed-up user of the running sandbox's user pool to a group (cognito:groups of its "
                + "tokens from its next sign-in or refresh).")
final class AuthAddToGroupCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The user's username.")
    String user = "";

    @Option(names = "--group", required = true, paramLabel = "GROUP", description = "The group, e.g. Admin.")
    String group = "";

    @Mixin SandboxLocation sandbox = new SandboxLocation();

    AuthAddToGroupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        SandboxAdminClient.forDataDirectory(sandbox.dataDirectory(context)).addUserToGroup(user, group);
        context.out().println("Added " + user + " to " + group + ": its tokens carry it in cognito:groups from its "
                + "next sign-in or refresh.");
        return 0;
    }
}
