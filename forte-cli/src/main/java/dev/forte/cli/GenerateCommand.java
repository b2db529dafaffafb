package dev.forte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code forte generate}: the parent of the code and schema generators, as {@code ampx generate}. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes what clients need: the GraphQL schema, the client code (statements, types, model "
                + "introspection) and amplify_outputs.json.")
final class GenerateCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec CommandSpec spec;

    GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.err().println("Choose what to generate: " + String.join(", ", spec.subcommands().keySet()) + '.');
        spec.commandLine().usage(context.err());
        return Main.USAGE_ERROR;
    }
}
