package dev.forte.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.cli.internal.CliException;
import dev.forte.cli.internal.SandboxAdminClient;
import dev.forte.functions.InvocationResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forte function invoke NAME}: runs a function in the running sandbox and prints what it returned. */
@Command(name = "invoke", mixinStandardHelpOptions = true,
        description = "Invokes a function of the running sandbox with an event and prints its output.")
final class FunctionInvokeCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "NAME", description = "The function's name, e.g. data-access.")
    String functionName = "";

    @Option(names = "--payload", paramLabel = "JSON", defaultValue = "{}",
            description = "The event, as JSON (default: ${DEFAULT-VALUE}).")
    String payload = "{}";

    @Mixin SandboxLocation sandbox = new SandboxLocation();

    FunctionInvokeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        checkPayload();
        InvocationResult result = SandboxAdminClient.forDataDirectory(sandbox.dataDirectory(context))
                .invoke(functionName, payload);
        if (result.functionError()) {
            context.err().println("Error: function `" + functionName + "` failed: " + result.payload());
            return Main.FAILURE;
        }
        context.out().println(result.payload());
        return 0;
    }

    private void checkPayload() {
        try {
            new ObjectMapper().readTree(payload);
        } catch (JsonProcessingException e) {
            throw new CliException("--payload is not JSON (" + e.getOriginalMessage() + "). Give an event such as "
                    + "'{\"name\":\"Ada\"}'.");
        }
    }
}
