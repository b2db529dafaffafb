package dev.forte.bench;

import dev.forte.backend.Backend;
import dev.forte.backend.FunctionDefinition;
import dev.forte.schema.ResourceGrant;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Forte under test, in a JVM of its own: {@code ForteMain JDBC_URL DATA_DIRECTORY}. Serves {@link BenchBackend}
 * from the given PostgreSQL, writes the credentials Forte issues to its granted function into {@code
 * DATA_DIRECTORY/bench-iam.properties} (owner-only) for the SigV4 scenario, prints the endpoint and API key as
 * {@code ./forte sandbox} does, and stops cleanly on SIGTERM.
 */
public final class ForteMain {
    /** As long as the sandbox's: a Lambda role's 12 hours, far beyond any bench run. */
    private static final Duration CREDENTIAL_LIFETIME = Duration.ofHours(12);
    private ForteMain() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        Backend backend = new BenchBackend().define();
        Path dataDirectory = Path.of(args[1]);
        ForteConfig config = ForteConfig.builder(backend)
                .jdbcUrl(args[0])
                .dataDirectory(dataDirectory)
                .build();
        ForteServer server = ForteServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            Files.createDirectories(dataDirectory);
            issueCredentials(backend, server).write(dataDirectory.resolve(IamCredentials.FILE_NAME));
        } catch (IOException | RuntimeException e) {
            // The server's threads would keep this JVM alive: exit, so the harness reports the failure at once.
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println("Realtime endpoint: " + server.realtimeEndpoint());
        System.out.println("CA certificate: " + server.caCertificate());
        System.out.println("GraphQL endpoint: " + server.graphqlEndpoint());
        System.out.println("API key: " + server.apiKey());
        stopped.await();
    }

    /** Issues the credentials the sandbox would give the backend's granted function, bound to its grant. */
    private static IamCredentials issueCredentials(Backend backend, ForteServer server) {
        for (FunctionDefinition function : backend.functions()) {
            ResourceGrant grant = backend.grant(function).orElse(null);
            if (grant != null) {
                FunctionCredentials issued = server.issueFunctionCredentials(function.name(), grant.operations(),
                        CREDENTIAL_LIFETIME);
                return new IamCredentials(issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken(),
                        server.region());
            }
        }
        throw new IllegalStateException("The bench backend grants no function access to its data");
    }
}
