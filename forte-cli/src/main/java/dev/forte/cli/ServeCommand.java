package dev.forte.cli;

import dev.forte.backend.Backend;
import dev.forte.cli.internal.BackendLoader;
import dev.forte.cli.internal.CliException;
import dev.forte.cli.internal.SandboxApi;
import dev.forte.cli.internal.SandboxServices;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.TlsCertificate;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code forte serve}: runs the built backend as one node of a production API until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the built backend as a production API node: on all interfaces, over the PostgreSQL "
                + "--db names, with TLS from --tls-cert and --tls-key (else plain HTTP, for a TLS-terminating proxy "
                + "in front), until SIGTERM. Loads the backend once; never compiles a project or watches it.")
final class ServeCommand implements Callable<Integer> {
    /** How long before its certificate expires a node says so when it starts. */
    static final Duration RENEWAL_WARNING = Duration.ofDays(30);

    private final CliContext context;

    @Mixin BackendOptions backend = new BackendOptions();

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "0.0.0.0",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, every interface).")
    String host = "0.0.0.0";

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerOptions.DEFAULT_PORT,
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerOptions.DEFAULT_PORT;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "The PostgreSQL of the API, e.g. jdbc:postgresql://db:5432/app?user=u&password=p "
                    + "(default: $" + ServerOptions.DB_URL_VARIABLE + "); every node of one API gets the same.")
    @Nullable String databaseUrl;

    @Option(names = "--embedded-db", description = "Run on the embedded PostgreSQL in the data directory instead of "
            + "--db: a single node.")
    boolean embeddedDatabase;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the node keeps its own files: the admin file of `forte function invoke`, the local "
                    + "user pool's key, the embedded database (default: <project>/.forte).")
    @Nullable Path dataDirectory;

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "The PEM certificate chain to serve TLS with: the server's certificate first, then its "
                    + "intermediates. With --tls-key.")
    @Nullable Path certificateChain;

    @Option(names = "--tls-key", paramLabel = "FILE",
            description = "The unencrypted PEM private key of --tls-cert (BEGIN PRIVATE KEY, RSA PRIVATE KEY or EC "
                    + "PRIVATE KEY).")
    @Nullable Path privateKey;

    @Option(names = "--user-pool-issuer", paramLabel = "URL",
            description = "The user pool whose tokens the API accepts, e.g. https://cognito-idp.REGION.amazonaws.com/"
                    + "POOL_ID (default: the local user pool in the data directory).")
    @Nullable String userPoolIssuer;

    @Option(names = "--allow-destructive-migration",
            description = "Let a schema change drop or rewrite columns that hold data.")
    boolean allowDestructiveMigration;

    ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        checkOptions();
        TlsCertificate certificate = tlsCertificate();
        BackendLoader.FoundBackend found = backend.findBuiltBackend(context);
        Backend defined = found.define();
        ForteConfig config = config(defined, certificate);
        context.out().println("Starting Forte (data in " + config.dataDirectory() + ", database: "
                + ServerOptions.describeDatabase(config.jdbcUrl()) + ")…");
        try (SandboxServices services = SandboxServices.start(defined, found.classpath(), config,
                server -> publicEndpoint(server, certificate), context.out()::println)) {
            announce(defined, services.server(), services.api(), certificate);
            context.stopSignal().await();
            context.out().println("Stopping Forte…");
        }
        context.out().println("Forte stopped.");
        context.stopSignal().stopped();
        return 0;
    }

    private void announce(Backend defined, ForteServer server, SandboxApi api, @Nullable TlsCertificate certificate) {
        context.out().println(listening(server, certificate));
        URI graphql = api.graphqlEndpoint();
        URI realtime = URI.create((certificate == null ? "ws" : "wss") + graphql.toString()
                .substring(graphql.getScheme().length()) + "/realtime");
        StartupLines.endpoints(defined, server, graphql, realtime, userPoolIssuer).forEach(context.out()::println);
        String dataDirectoryOption = dataDirectory == null ? "" : " --data-dir " + dataDirectory();
        StartupLines.functions(defined, dataDirectoryOption).forEach(context.out()::println);
        context.out().println("Serving until SIGTERM or Ctrl-C.");
    }

    private String listening(ForteServer server, @Nullable TlsCertificate certificate) {
        String address = (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port()
                + (isWildcard(host) ? " (all interfaces)" : "");
        if (certificate == null) {
            return "Listening on " + address + " over plain HTTP: put a TLS-terminating proxy or load balancer in "
                    + "front (Amplify's clients dial wss:// for subscriptions), or give --tls-cert and --tls-key.";
        }
        return "Listening on " + address + " with TLS: " + certificate.chainFile() + " for "
                + String.join(", ", certificate.names()) + ", valid until " + certificate.notAfter()
                + expiresSoon(certificate.notAfter()) + " (plain HTTP only from this machine).";
    }

    /** Returns a warning when the certificate expires within {@link #RENEWAL_WARNING}, else nothing. */
    static String expiresSoon(Instant notAfter) {
        Duration left = Duration.between(Instant.now(), notAfter);
        return left.compareTo(RENEWAL_WARNING) > 0 ? ""
                : " (expires in " + left.toDays() + " days: renew the files in place; the node serves the renewed pair "
                        + "without a restart)";
    }

    /** Returns the GraphQL URL clients use: with TLS, named as the certificate names the server. */
    private URI publicEndpoint(ForteServer server, @Nullable TlsCertificate certificate) {
        if (certificate == null) {
            return server.graphqlEndpoint();
        }
        String name = certificate.names().stream().filter(n -> !n.startsWith("*")).findFirst()
                .orElse(server.graphqlEndpoint().getHost());
        return URI.create("https://" + (name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name) + ":"
                + server.port() + server.graphqlEndpoint().getPath());
    }

    /** Fails on the first option that cannot work, before the slower work of loading the backend. */
    void checkOptions() {
        ServerOptions.checkPort(port);
        checkHost();
        dataDirectory();
        jdbcUrl();
        checkUserPoolIssuer();
    }

    private void checkUserPoolIssuer() {
        if (userPoolIssuer != null && !userPoolIssuer.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new CliException("--user-pool-issuer " + userPoolIssuer + " is not an issuer URL: give the `iss` "
                    + "of the pool's tokens, e.g. https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123.");
        }
    }

    private void checkHost() {
        try {
            InetAddress address = InetAddress.getByName(host);
            if (!address.isAnyLocalAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new CliException("--host " + host + " is not an address of this machine. Give one of its "
                        + "addresses, or 0.0.0.0 (the default) for all of them.");
            }
        } catch (UnknownHostException e) {
            throw new CliException("--host " + host + " is not a known address or name. Give one of this machine's "
                    + "addresses, or 0.0.0.0 (the default) for all of them.");
        } catch (SocketException e) {
            throw new CliException("Could not list this machine's addresses to check --host " + host + ": "
                    + e.getMessage());
        }
    }

    /** Returns the certificate of {@code --tls-cert} and {@code --tls-key}, read and checked; null without them. */
    @Nullable TlsCertificate tlsCertificate() {
        if (certificateChain == null && privateKey == null) {
            return null;
        }
        if (certificateChain == null || privateKey == null) {
            throw new CliException("--tls-cert and --tls-key go together: give the PEM certificate chain and its "
                    + "private key, or neither to serve plain HTTP behind a TLS-terminating proxy.");
        }
        return TlsCertificate.fromPem(context.resolve(certificateChain), context.resolve(privateKey));
    }

    ForteConfig config(Backend defined, @Nullable TlsCertificate certificate) {
        return ForteConfig.builder(defined)
                .host(host)
                .port(port)
                .dataDirectory(dataDirectory())
                .jdbcUrl(jdbcUrl())
                .tls(certificate != null)
                .tlsCertificate(certificate)
                .userPoolIssuer(userPoolIssuer)
                .allowDestructiveMigration(allowDestructiveMigration)
                .userPoolMessages(context.out()::println)
                .build();
    }

    /** Returns {@code --data-dir}, else {@code <project>/.forte}. */
    Path dataDirectory() {
        return ServerOptions.dataDirectory(context, backend, dataDirectory);
    }

    /**
     * Returns {@code --db}, else {@code $FORTE_DB_URL}, else null with {@code --embedded-db}; a production node is
     * never left to guess its database.
     */
    @Nullable String jdbcUrl() {
        String url = ServerOptions.jdbcUrl(context, databaseUrl, "give --embedded-db for the embedded PostgreSQL in "
                + "the data directory");
        if (url != null && embeddedDatabase) {
            String source = databaseUrl != null ? "--db" : "$" + ServerOptions.DB_URL_VARIABLE;
            throw new CliException("--embedded-db and " + source + " name two databases: give one.");
        }
        if (url == null && !embeddedDatabase) {
            throw new CliException("forte serve needs its database: give --db jdbc:postgresql://HOST:PORT/DATABASE?"
                    + "user=USER&password=PASSWORD or set $" + ServerOptions.DB_URL_VARIABLE + " (the nodes of one "
                    + "API share it), or --embedded-db to run a single node on the embedded PostgreSQL in the data "
                    + "directory.");
        }
        return url;
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.isEmpty();
    }
}
