package dev.forte.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code forte api-key}: lists, creates, extends and deletes the API's keys, as AppSync's key operations do. */
@Command(name = "api-key", mixinStandardHelpOptions = true,
        description = "Lists, creates, updates (extends) and deletes the API keys of an API, in its database: every "
                + "node serving it accepts a new or extended key and refuses a deleted one at once.")
final class ApiKeyCommand extends CommandGroup {

    ApiKeyCommand(CliContext context) {
        super(context);
    }

    /** Returns the command with its subcommands, to register under {@code forte}. */
    static CommandLine withSubcommands(CliContext context) {
        return new CommandLine(new ApiKeyCommand(context))
                .addSubcommand(new ApiKeySubcommands.ListKeys(context))
                .addSubcommand(new ApiKeySubcommands.CreateKey(context))
                .addSubcommand(new ApiKeySubcommands.UpdateKey(context))
                .addSubcommand(new ApiKeySubcommands.DeleteKey(context));
    }
}
