package dev.forte.cli;

import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.Backend;
import dev.forte.backend.FunctionDefinition;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.cli.internal.BackendLoader;
import dev.forte.cli.internal.BackendReloader;
import dev.forte.cli.internal.CliException;
import dev.forte.cli.internal.GeneratedFileSet;
import dev.forte.cli.internal.OutputsFile;
import dev.forte.cli.internal.SandboxServices;
import dev.forte.cli.internal.SourceWatcher;
import dev.forte.codegen.StatementOptions;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
                + describeDatabase(config.jdbcUrl()) + ")…");
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

    private void announceTokenModes(AuthorizationModes modes) {
        OidcAuthorizationMode oidc = modes.oidcAuthorizationMode();
        if (oidc != null) {
            context.out().println("OIDC tokens: send `Authorization: TOKEN` from " + oidc.oidcProviderName()
                    + ", issuer " + oidc.oidcIssuerUrl() + " (keys from its /.well-known/openid-configuration)");
        }
        LambdaAuthorizationMode lambda = modes.lambdaAuthorizationMode();
        if (lambda != null) {
            context.out().println("Lambda tokens: send `Authorization: TOKEN`; function `" + lambda.functionName()
                    + "` decides, its answer reused for " + lambda.timeToLiveInSeconds() + " s unless it sets"
                    + " ttlOverride");
        }
    }

    private void announce(Backend defined, SandboxServices services) {
        ForteServer server = services.server();
        List<String> written = writeGeneratedFiles(defined, services);
        context.out().println("GraphQL endpoint: " + server.graphqlEndpoint());
        context.out().println("API key: " + (server.apiKey() == null ? "none (the API has no API-key mode)"
                : server.apiKey()));
        if (defined.hasAuth()) {
            context.out().println("Users: send `Authorization: $(forte auth token --user NAME)`; the local user"
                    + " pool's keys are at " + server.graphqlEndpoint().resolve("/.well-known/jwks.json"));
        }
        announceTokenModes(defined.data().authorizationModes());
        context.out().println("Realtime endpoint: " + server.realtimeEndpoint());
        if (server.caCertificate() != null) {
            context.out().println("CA certificate: " + server.caCertificate().toAbsolutePath()
                    + " (trust it for wss://, e.g. NODE_EXTRA_CA_CERTS)");
        }
        written.forEach(context.out()::println);
        if (!defined.functions().isEmpty()) {
            context.out().println("Functions: " + defined.functions().stream().map(FunctionDefinition::name)
                    .collect(Collectors.joining(", ")) + " (run one with `forte function invoke NAME`)");
        }
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
