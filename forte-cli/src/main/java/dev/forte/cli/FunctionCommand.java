package dev.forte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code forte function}: works with the functions of the running sandbox. */
@Command(name = "function", mixinStandardHelpOptions = true,
        description = "Works with the functions of the sandbox running for the project.")
final class FunctionCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec CommandSpec spec;

    FunctionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("Choose what to do: " + String.join(", ", spec.subcommands().keySet()) + '.');
        spec.commandLine().usage(context.err());
        return Main.USAGE_ERROR;
    }
}
