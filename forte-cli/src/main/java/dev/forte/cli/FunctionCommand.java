package dev.forte.cli;

import picocli.CommandLine.Command;

/** {@code forte function}: works with the functions of the running sandbox. */
@Command(name = "function", mixinStandardHelpOptions = true,
        description = "Works with the functions of the sandbox running for the project.")
final class FunctionCommand extends CommandGroup {

    FunctionCommand(CliContext context) {
        super(context);
    }
}
