package dev.forte.cli;

import dev.forte.backend.Backend;
import dev.forte.backend.FunctionDefinition;
import dev.forte.cli.internal.BackendLoader;
import dev.forte.cli.internal.CliException;
import dev.forte.cli.internal.HostedFunctionInvoker;
import dev.forte.cli.internal.ReadinessProbe;
import dev.forte.cli.internal.OutputsFile;
import dev.forte.cli.internal.SandboxAdmin;
import dev.forte.cli.internal.SandboxApi;
import dev.forte.cli.internal.SandboxFunctions;
import dev.forte.cli.internal.SandboxSchedules;
import dev.forte.functions.FunctionHost;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code forte sandbox}: serves the backend's GraphQL API locally until Ctrl-C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Serves the backend's GraphQL API (as AppSync would) from PostgreSQL until Ctrl-C.")
final class SandboxCommand implements Callable<Integer> {
    static final int DEFAULT_PORT = 20002;
    /** How long issued function credentials live: as long as a Lambda execution role's. */
    static final Duration CREDENTIAL_LIFETIME = Duration.ofHours(12);
    static final String DB_URL_VARIABLE = "FORTE_DB_URL";

    private final CliContext context;

    @Mixin BackendOptions backend = new BackendOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "The port to listen on on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = DEFAULT_PORT;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the sandbox writes everything: the embedded database, API keys "
                    + "(default: <project>/.forte).")
    @Nullable Path dataDirectory;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "An external PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/app?user=u&password=p "
                    + "(default: $" + DB_URL_VARIABLE + ", else an embedded PostgreSQL in the data directory).")
    @Nullable String databaseUrl;

    @Option(names = "--outputs-out-dir", paramLabel = "DIR",
            description = "Where the sandbox writes amplify_outputs.json for Amplify's clients (default: the project "
                    + "directory).")
    @Nullable Path outputsDirectory;

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
        HostedFunctionInvoker invoker = new HostedFunctionInvoker();
        ForteConfig config = config(defined).toBuilder().functionInvoker(invoker).build();
        context.out().println("Starting Forte sandbox (data in " + config.dataDirectory() + ", database: "
                + describeDatabase(config.jdbcUrl()) + ")…");
        try (ForteServer server = ForteServer.start(config);
                FunctionHost functions = startFunctions(defined, found.classpath(), server, invoker);
                SandboxSchedules schedules = SandboxSchedules.start(defined.functions(), functions::invokeEvent,
                        server.region(), Clock.systemUTC(), context.out()::println);
                SandboxAdmin admin = SandboxAdmin.start(config.dataDirectory(), api(server, config),
                        SandboxAdmin.Functions.of(functions))) {
            ReadinessProbe.awaitAnswering(server.graphqlEndpoint(), server.apiKey());
            Path outputs = OutputsFile.write(defined.data(), api(server, config), outputsDirectory());
            context.out().println("GraphQL endpoint: " + server.graphqlEndpoint());
            context.out().println("API key: " + (server.apiKey() == null ? "none (the API has no API-key mode)"
                    : server.apiKey()));
            if (defined.hasAuth()) {
                context.out().println("Users: send `Authorization: $(forte auth token --user NAME)`; the local user"
                        + " pool's keys are at " + server.graphqlEndpoint().resolve("/.well-known/jwks.json"));
            }
            context.out().println("Realtime endpoint: " + server.realtimeEndpoint());
            if (server.caCertificate() != null) {
                context.out().println("CA certificate: " + server.caCertificate().toAbsolutePath()
                        + " (trust it for wss://, e.g. NODE_EXTRA_CA_CERTS)");
            }
            context.out().println("Wrote " + outputs + " (Amplify.configure(outputs) in aws-amplify reaches this "
                    + "sandbox with it)");
            if (!defined.functions().isEmpty()) {
                context.out().println("Functions: " + defined.functions().stream().map(FunctionDefinition::name)
                        .collect(Collectors.joining(", ")) + " (run one with `forte function invoke NAME`)");
            }
            context.out().println("Press Ctrl-C to stop.");
            context.stopSignal().await();
            context.out().println("Stopping Forte sandbox…");
        }
        context.out().println("Forte sandbox stopped.");
        context.stopSignal().stopped();
        return 0;
    }

    private FunctionHost startFunctions(Backend defined, List<Path> classpath, ForteServer server,
            HostedFunctionInvoker invoker) {
        FunctionHost host = new SandboxFunctions(defined, classpath, server.graphqlEndpoint(), server.region(),
                (name, operations) -> server.issueFunctionCredentials(name, operations, CREDENTIAL_LIFETIME))
                .start(context.out()::println);
        invoker.attach(host);
        return host;
    }

    private static SandboxApi api(ForteServer server, ForteConfig config) {
        return new SandboxApi(server.graphqlEndpoint(), server.apiKey(), config.region());
    }

    /** Returns {@code --outputs-out-dir}, else the project directory. */
    Path outputsDirectory() {
        return outputsDirectory == null ? backend.projectDirectory(context) : context.resolve(outputsDirectory);
    }

    /** Fails on the first option that cannot work, before the slower work of loading the backend. */
    void checkOptions() {
        if (port < 0 || port > 65535) {
            throw new CliException("--port " + port + " is out of range: give 0 (any free port) to 65535.");
        }
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
                .build();
    }

    /** Returns {@code --data-dir}, else {@code <project>/.forte}. */
    Path dataDirectory() {
        Path directory = dataDirectory == null
                ? this.backend.projectDirectory(context).resolve(".forte")
                : context.resolve(dataDirectory);
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new CliException("--data-dir " + directory + " is a file. Give a directory (it is created if "
                    + "missing).");
        }
        return directory;
    }

    /** Returns {@code --db}, else {@code $FORTE_DB_URL}, else null for the embedded database. */
    @Nullable String jdbcUrl() {
        String url = databaseUrl != null ? databaseUrl : context.env(DB_URL_VARIABLE);
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            String source = databaseUrl != null ? "--db" : "$" + DB_URL_VARIABLE;
            throw new CliException(source + " is not a PostgreSQL JDBC URL: give "
                    + "jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD, or leave it unset for the "
                    + "embedded database.");
        }
        return url;
    }

    private static String describeDatabase(@Nullable String jdbcUrl) {
        return jdbcUrl == null ? "embedded PostgreSQL" : jdbcUrl.replaceAll("password=[^&]*", "password=***");
    }
}
