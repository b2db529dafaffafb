package dev.forte.cli;

import picocli.CommandLine.Command;

/** {@code forte auth}: works with the sandbox's local user pool. */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = "Works with the local user pool of a backend with defineAuth().")
final class AuthCommand extends CommandGroup {

    AuthCommand(CliContext context) {
        super(context);
    }
}
