package dev.forte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ({@code forte function}, {@code forte auth}): alone, it lists them. */
abstract class CommandGroup implements Callable<Integer> {
    private final CliContext context;

    @Spec CommandSpec spec;

    CommandGroup(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("Choose what to do: " + String.join(", ", spec.subcommands().keySet()) + '.');
        spec.commandLine().usage(context.err());
        return Main.USAGE_ERROR;
    }
}
