package dev.forte.server;

import dev.forte.backend.Backend;
import dev.forte.schema.ResourceOperation;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A running Forte backend: the GraphQL API of a {@link Backend} over PostgreSQL.
 *
 * <pre>{@code
 * try (ForteServer server = ForteServer.start(ForteConfig.builder(backend).port(0).build())) {
 *     System.out.println(server.graphqlEndpoint() + " " + server.apiKey());
 * }
 * }</pre>
 */
public interface ForteServer extends AutoCloseable {

    /** Starts the database (embedded unless a JDBC URL is configured), migrates it and serves the API. */
    static ForteServer start(ForteConfig config) {
        return dev.forte.server.internal.ServerBootstrap.start(config);
    }

    /** Returns the GraphQL endpoint, e.g. {@code http://127.0.0.1:20002/graphql}. */
    URI graphqlEndpoint();

    /**
     * Returns the realtime endpoint for subscriptions, e.g. {@code wss://127.0.0.1:20002/graphql/realtime} (the
     * URL amplify-js derives from the GraphQL endpoint); {@code ws://} when TLS is off.
     */
    URI realtimeEndpoint();

    /**
     * Returns the Cognito user pool API of Forte's local user pool, e.g. {@code http://127.0.0.1:20002/cognito-idp/}:
     * aws-amplify's {@code Auth.Cognito.userPoolEndpoint}; null when the backend has no {@code defineAuth()} or
     * accepts an external pool's tokens.
     */
    @Nullable URI userPoolEndpoint();

    /**
     * Adds {@code username}, a user of the local user pool (or its email when users sign in with one), to
     * {@code group}: the tokens of its next sign-in or refresh carry it in {@code cognito:groups}. Returns false when the pool has no such user.
     *
     * @throws dev.forte.ForteException when the server runs no local user pool ({@link #userPoolEndpoint()} is null)
     */
    boolean addUserToGroup(String username, String group);

    /**
     * Returns the PEM file of the local certificate authority that signed the server's TLS certificate, for clients
     * to trust ({@code NODE_EXTRA_CA_CERTS}, {@code DataClient.builder().trustCertificate(path)}); null when TLS is
     * off or served with the configured {@link ForteConfig#tlsCertificate()}.
     */
    @Nullable Path caCertificate();

    /**
     * Returns the identity pool that gives guests and signed-in users IAM credentials for {@code allow.guest()} and
     * {@code allow.authenticated(AuthProvider.IDENTITY_POOL)} rules; null when the backend has no
     * {@code defineAuth()} and no identity-pool rule.
     */
    @Nullable IdentityPoolEndpoint identityPool();

    /** Returns the port the server listens on (the chosen one when configured with port 0). */
    int port();

    /** Returns a valid API key ({@code da2-...}), created on first start; null when the API has no API-key mode. */
    @Nullable String apiKey();

    /** Returns the directory holding everything this server writes (database, keys). */
    Path dataDirectory();

    /** Returns the AWS region IAM requests must be signed for: what a function gets as {@code AWS_REGION}. */
    String region();

    /**
     * Issues temporary IAM credentials with which {@code functionName} may run {@code operations} (its
     * {@code allow.resource(fn).to(...)} grant) on this API, valid for {@code lifetime}.
     */
    FunctionCredentials issueFunctionCredentials(String functionName, Set<ResourceOperation> operations,
            Duration lifetime);

    /** Stops serving, then closes the database; committed writes are kept. */
    @Override
    void close();
}
