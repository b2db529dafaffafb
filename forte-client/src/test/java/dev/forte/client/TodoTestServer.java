package dev.forte.client;

import dev.forte.schema.ResourceOperation;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A real Forte server serving {@link TodoTestBackend} on embedded PostgreSQL, TLS included, and clients of it that
 * trust its local CA (as subscriptions need). Start it in {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
final class TodoTestServer implements AutoCloseable {
    static final String REGION = "eu-west-2";

    private final ForteServer server;

    private TodoTestServer(ForteServer server) {
        this.server = server;
    }

    static TodoTestServer start(Path dataDirectory) {
        return new TodoTestServer(ForteServer.start(ForteConfig.builder(TodoTestBackend.define())
                .dataDirectory(dataDirectory).region(REGION).build()));
    }

    ForteServer server() {
        return server;
    }

    /** Returns a client with the server's API key. */
    DataClient apiKeyClient() {
        return DataClient.builder().endpoint(server.graphqlEndpoint()).apiKey(Objects.requireNonNull(server.apiKey()))
                .trustCertificate(Objects.requireNonNull(server.caCertificate())).build();
    }

    /** Returns a client signing as function {@code data-access} with credentials granting only {@code granted}. */
    DataClient functionClient(ResourceOperation... granted) {
        FunctionCredentials credentials = issueFunctionCredentials(granted);
        return DataClient.builder().endpoint(server.graphqlEndpoint()).region(REGION)
                .credentials(credentials.accessKeyId(), credentials.secretAccessKey(), credentials.sessionToken())
                .trustCertificate(Objects.requireNonNull(server.caCertificate())).build();
    }

    /** Returns credentials for function {@code data-access} granting only {@code granted}, valid for an hour. */
    FunctionCredentials issueFunctionCredentials(ResourceOperation... granted) {
        return server.issueFunctionCredentials("data-access", Set.of(granted), Duration.ofHours(1));
    }

    @Override
    public void close() {
        server.close();
    }
}
