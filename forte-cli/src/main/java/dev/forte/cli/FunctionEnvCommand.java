package dev.forte.cli;

import dev.forte.cli.internal.SandboxAdminClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code forte function env NAME}: prints, as one JSON object, the variables the running sandbox gives a function's
 * handler besides Lambda's own, so that a handler written for another runtime can run with them.
 */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Prints the environment the running sandbox gives a function (endpoint, region, credentials) "
                + "as JSON.")
final class FunctionEnvCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "NAME", description = "The function's name, e.g. data-access.")
    String functionName = "";

    @Mixin SandboxLocation sandbox = new SandboxLocation();

    FunctionEnvCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        context.out().println(SandboxAdminClient.forDataDirectory(sandbox.dataDirectory(context))
                .environment(functionName));
        return 0;
    }
}
