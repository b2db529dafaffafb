package dev.forte.cli;

import dev.forte.backend.Backend;
import dev.forte.cli.internal.BackendLoader;
import dev.forte.cli.internal.BackendReloader;
import dev.forte.cli.internal.GeneratedFileSet;
import dev.forte.cli.internal.OutputsFile;
import dev.forte.cli.internal.SandboxServices;
import dev.forte.cli.internal.SourceWatcher;
import dev.forte.codegen.StatementOptions;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code forte sandbox}: serves the backend's GraphQL API locally until Ctrl-C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Serves the backend's GraphQL API (as AppSync would) from PostgreSQL until Ctrl-C.")
final class SandboxCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin BackendOptions backend = new BackendOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "The port to listen on on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the sandbox writes everything: the embedded database, API keys "
                    + "(default: <project>/.forte).")
    @Nullable Path dataDirectory;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "An external PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/app?user=u&password=p "
                    + "(default: $" + ServerOptions.DB_URL_VARIABLE + ", else an embedded PostgreSQL in the data "
                    + "directory).")
    @Nullable String databaseUrl;

    @Option(names = "--outputs-out-dir", paramLabel = "DIR",
            description = "Where the sandbox writes amplify_outputs.json for Amplify's clients (default: the project "
                    + "directory).")
    @Nullable Path outputsDirectory;

    @Option(names = "--client-code-out", paramLabel = "DIR",
            description = "Also write the GraphQL client code (as `generate graphql-client-code --out DIR`) on start "
                    + "and after each reload.")
    @Nullable Path clientCodeDirectory;

    @Option(names = "--statement-target", paramLabel = "TARGET", defaultValue = "typescript",
            description = "The statement target of --client-code-out: graphql, typescript (default), javascript or "
                    + "java.")
    String statementTarget = "typescript";

    @Option(names = "--no-watch", description = "Do not watch the backend's sources (by default a change reloads "
            + "the backend, restarts the API on the same port and rewrites the outputs).")
    boolean noWatch;

    @Option(names = "--allow-destructive-migration",
            description = "Let a schema change drop or rewrite columns that hold data.")
    boolean allowDestructiveMigration;

    SandboxCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        checkOptions();
        BackendLoader.FoundBackend found = backend.findBackend(context);
        Backend defined = found.define();
        ForteConfig config = config(defined);
        context.out().println("Starting Forte sandbox (data in " + config.dataDirectory() + ", database: "
                + ServerOptions.describeDatabase(config.jdbcUrl()) + ")…");
        int status;
        try (BackendReloader reloader = BackendReloader.builder(() -> backend.findChangedBackend(context),
                        this::startServices)
                .announcer((next, services) -> writeGeneratedFiles(next, services).forEach(context.out()::println))
                .console(context.out()::println, context.err()::println, Main::message)
                .onFailure(context.stopSignal()::request)
                .start(defined, found.classpath());
                SourceWatcher watcher = watch(reloader)) {
            announce(defined, Objects.requireNonNull(reloader.services()));
            context.stopSignal().await();
            context.out().println("Stopping Forte sandbox…");
            status = reloader.services() == null ? Main.FAILURE : 0; // a reload left no backend able to start
        }
        context.out().println("Forte sandbox stopped.");
        context.stopSignal().stopped();
        return status;
    }

    /** Starts the API and functions of {@code next}; keeps the port it got, so a reload restarts on the same one. */
    private SandboxServices startServices(Backend next, List<Path> classpath) throws InterruptedException {
        SandboxServices services = SandboxServices.start(next, classpath, config(next), context.out()::println);
        port = services.server().graphqlEndpoint().getPort();
        return services;
    }

    private void announce(Backend defined, SandboxServices services) {
        ForteServer server = services.server();
        List<String> written = writeGeneratedFiles(defined, services);
        StartupLines.endpoints(defined, server, server.graphqlEndpoint(), server.realtimeEndpoint(), null)
                .forEach(context.out()::println);
        if (server.caCertificate() != null) {
            context.out().println("CA certificate: " + server.caCertificate().toAbsolutePath()
                    + " (trust it for wss://, e.g. NODE_EXTRA_CA_CERTS)");
        }
        written.forEach(context.out()::println);
        StartupLines.functions(defined, "").forEach(context.out()::println);
        context.out().println(noWatch ? "Press Ctrl-C to stop."
                : "Watching the backend's sources; a change reloads it. Press Ctrl-C to stop.");
    }

    /**
     * Writes amplify_outputs.json and, with {@code --client-code-out}, the client code; returns the lines that say
     * so.
     */
    private List<String> writeGeneratedFiles(Backend defined, SandboxServices services) {
        List<String> lines = new ArrayList<>();
        Path outputs = OutputsFile.write(defined.data(), services.api(), outputsDirectory());
        lines.add("Wrote " + outputs + " (Amplify.configure(outputs) in aws-amplify reaches this sandbox with it)");
        if (clientCodeDirectory != null) {
            Path directory = context.resolve(clientCodeDirectory);
            Map<String, String> statements = GenerateGraphqlClientCodeCommand.statements(defined.data(),
                    GenerateGraphqlClientCodeCommand.statementOptions(statementTarget, null,
                            StatementOptions.DEFAULT_MAX_DEPTH, StatementOptions.DEFAULT_JAVA_PACKAGE));
            lines.add(GenerateGraphqlClientCodeCommand.describeWritten(directory,
                    new GeneratedFileSet(directory, statements).write()));
        }
        return lines;
    }

    /** Returns the watcher that reloads the backend when its sources change, or null with {@code --no-watch}. */
    private @Nullable SourceWatcher watch(BackendReloader reloader) {
        if (noWatch) {
            return null;
        }
        return backend.backendFile == null
                ? SourceWatcher.ofProject(backend.projectDirectory(context), reloader::reload)
                : SourceWatcher.ofFile(context.resolve(backend.backendFile), reloader::reload);
    }

    /** Returns {@code --outputs-out-dir}, else the project directory. */
    Path outputsDirectory() {
        return outputsDirectory == null ? backend.projectDirectory(context) : context.resolve(outputsDirectory);
    }

    /** Fails on the first option that cannot work, before the slower work of loading the backend. */
    void checkOptions() {
        ServerOptions.checkPort(port);
        dataDirectory();
        jdbcUrl();
    }

    /** Returns the server configuration these options describe, for {@code backend}. */
    ForteConfig config(Backend backend) {
        return ForteConfig.builder(backend)
                .port(port)
                .dataDirectory(dataDirectory())
                .jdbcUrl(jdbcUrl())
                .allowDestructiveMigration(allowDestructiveMigration)
                .userPoolMessages(context.out()::println)
                .build();
    }

    /** Returns {@code --data-dir}, else {@code <project>/.forte}. */
    Path dataDirectory() {
        return ServerOptions.dataDirectory(context, backend, dataDirectory);
    }

    /** Returns {@code --db}, else {@code $FORTE_DB_URL}, else null for the embedded database. */
    @Nullable String jdbcUrl() {
        return ServerOptions.jdbcUrl(context, databaseUrl, "leave it unset for the embedded database");
    }
}
