package dev.forte.cli;

import dev.forte.cli.internal.CliException;
import dev.forte.cli.internal.OutputsFile;
import dev.forte.cli.internal.SandboxAdminClient;
import dev.forte.cli.internal.SandboxApi;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code forte generate outputs}: writes {@code amplify_outputs.json} for the project's running sandbox. */
@Command(name = "outputs", mixinStandardHelpOptions = true,
        description = "Writes amplify_outputs.json, which configures Amplify's clients for the running sandbox "
                + "(or the API given by --url).")
final class GenerateOutputsCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin BackendOptions backend = new BackendOptions();

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "The directory to write amplify_outputs.json into (default: the project directory).")
    @Nullable Path outDirectory;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data directory of the running sandbox (default: <project>/.forte).")
    @Nullable Path dataDirectory;

    @Option(names = "--url", paramLabel = "URL",
            description = "The GraphQL endpoint, instead of the running sandbox's, e.g. http://127.0.0.1:20002/graphql.")
    @Nullable URI url;

    @Option(names = "--api-key", paramLabel = "KEY", description = "The API key (default: the sandbox's).")
    @Nullable String apiKey;

    @Option(names = "--region", paramLabel = "REGION",
            description = "The region IAM requests are signed for (default: the sandbox's, else us-east-1).")
    @Nullable String region;

    GenerateOutputsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SandboxApi api = api();
        Path file = OutputsFile.write(backend.loadBackend(context).data(), api, outDirectory());
        context.out().println("Wrote " + file + " for " + api.graphqlEndpoint());
        return 0;
    }

    /** Returns the API the flags describe, filled in from the running sandbox where they are silent. */
    SandboxApi api() {
        SandboxApi sandbox = url == null ? runningSandbox() : new SandboxApi(url, null, "us-east-1");
        if (url != null && !url.isAbsolute()) {
            throw new CliException("--url " + url + " is not an absolute URL: give the GraphQL endpoint, e.g. "
                    + "http://127.0.0.1:20002/graphql.");
        }
        return new SandboxApi(sandbox.graphqlEndpoint(), apiKey != null ? apiKey : sandbox.apiKey(),
                region != null ? region : sandbox.region(), sandbox.identityPoolId(), sandbox.guestAccess(),
                sandbox.userPoolId());
    }

    private SandboxApi runningSandbox() {
        try {
            return SandboxAdminClient.forDataDirectory(dataDirectory()).api();
        } catch (CliException e) {
            throw new CliException(e.getMessage() + " Or give the API with --url (and --api-key).", e);
        }
    }

    private Path dataDirectory() {
        return dataDirectory != null ? context.resolve(dataDirectory)
                : backend.projectDirectory(context).resolve(".forte");
    }

    private Path outDirectory() {
        return outDirectory != null ? context.resolve(outDirectory) : backend.projectDirectory(context);
    }
}
