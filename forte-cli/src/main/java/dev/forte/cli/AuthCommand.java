package dev.forte.cli;

import picocli.CommandLine.Command;

/** {@code forte auth}: works with the local user pool: tokens for tests, and its users in an API's database. */
@Command(name = "auth", mixinStandardHelpOptions = true,
        description = "Works with the local user pool of a backend with defineAuth().")
final class AuthCommand extends CommandGroup {

    AuthCommand(CliContext context) {
        super(context);
    }
}
