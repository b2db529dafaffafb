package dev.forte.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.ForteException;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.LoginWith;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import dev.forte.server.IdentityPoolEndpoint;
import dev.forte.server.TlsCertificate;
import dev.forte.server.internal.auth.ApiKeyAuthenticator;
import dev.forte.server.internal.auth.ApiKeyLookup;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.auth.Authenticator;
import dev.forte.server.internal.auth.IamAuthenticator;
import dev.forte.server.internal.auth.IamPrincipal;
import dev.forte.server.internal.auth.JwtAuthenticator;
import dev.forte.server.internal.auth.LambdaAuthenticator;
import dev.forte.server.internal.auth.RequestAuthenticator;
import dev.forte.server.internal.auth.sigv4.SigV4Verifier;
import dev.forte.server.internal.credentials.FunctionCredentialStore;
import dev.forte.server.internal.credentials.IamCredentialLookup;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.execution.GraphqlEngine;
import dev.forte.server.internal.http.AwsJsonHandler;
import dev.forte.server.internal.http.GraphqlHandler;
import dev.forte.server.internal.http.HttpServer;
import dev.forte.server.internal.http.LoopbackOnlyPlainHttp;
import dev.forte.server.internal.realtime.RealtimeEndpoint;
import dev.forte.server.internal.realtime.RealtimeSettings;
import dev.forte.server.internal.storage.ApiKey;
import dev.forte.server.internal.storage.ApiKeyStore;
import dev.forte.server.internal.storage.ModelTableMigrator;
import dev.forte.server.internal.storage.PostgresChangeFeed;
import dev.forte.server.internal.storage.PostgresDatabase;
import dev.forte.server.internal.storage.PoolUser;
import dev.forte.server.internal.storage.PostgresModelStore;
import dev.forte.server.internal.storage.UserPoolStore;
import dev.forte.server.internal.tls.CertificateWatch;
import dev.forte.server.internal.tls.LocalCertificateAuthority;
import dev.forte.server.internal.userpool.GroupName;
import dev.forte.transform.AppSyncTransform;
import dev.forte.transform.TransformResult;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires database, storage, execution and HTTP into a running {@link ForteServer}: transform the schema, start
 * PostgreSQL, migrate, ensure an API key, build the engine, serve. A failure leaves nothing running.
 */
public final class ServerBootstrap implements ForteServer {
    /** The path AppSync serves GraphQL on; custom domains keep it too. */
    public static final String GRAPHQL_PATH = "/graphql";
    private static final Logger log = LoggerFactory.getLogger(ServerBootstrap.class);

    private final PostgresDatabase database;
    private final HttpServer http;
    private final @Nullable String apiKey;
    private final URI endpoint;
    private final Path dataDirectory;
    private final String region;
    private final FunctionCredentialStore functionCredentials;
    private final ChangeFeed changeFeed;
    private final RealtimeEndpoint realtime;
    private final @Nullable Path caCertificate;
    private final boolean tls;
    private final @Nullable URI userPoolEndpoint;
    private final UserPoolStore users;
    private final @Nullable IdentityPoolEndpoint identityPool;
    private final @Nullable ApiKeyExpiryWatch expiryWatch;
    private final @Nullable CertificateWatch certificateWatch;

    private final LoginWith loginWith;

    private ServerBootstrap(PostgresDatabase database, HttpServer http, @Nullable String apiKey, URI endpoint,
            ForteConfig config, FunctionCredentialStore functionCredentials, ChangeFeed changeFeed,
            RealtimeEndpoint realtime, @Nullable Path caCertificate, @Nullable URI userPoolEndpoint,
            UserPoolStore users, @Nullable IdentityPoolEndpoint identityPool, @Nullable ApiKeyExpiryWatch expiryWatch,
            @Nullable CertificateWatch certificateWatch) {
        this.database = database;
        this.users = users;
        this.userPoolEndpoint = userPoolEndpoint;
        this.identityPool = identityPool;
        this.certificateWatch = certificateWatch;
        this.expiryWatch = expiryWatch;
        this.http = http;
        this.changeFeed = changeFeed;
        this.realtime = realtime;
        this.caCertificate = caCertificate;
        this.tls = config.tls();
        this.apiKey = apiKey;
        this.endpoint = endpoint;
        this.dataDirectory = config.dataDirectory();
        this.region = config.region();
        this.functionCredentials = functionCredentials;
        this.loginWith = config.backend().data().loginWith();
    }

    public static ForteServer start(ForteConfig config) {
        DataDefinition data = config.backend().data();
        TransformResult transform = AppSyncTransform.transform(data);
        PostgresDatabase database = PostgresDatabase.start(config.dataDirectory(), config.jdbcUrl());
        try {
            return migrateAndServe(config, data, transform, database);
        } catch (RuntimeException e) {
            closeAfterFailure(database, e);
            throw e instanceof ForteException forte ? forte
                    : new ForteException("Forte could not start the API `" + data.name() + "`: " + e, e);
        }
    }

    private static ForteServer migrateAndServe(ForteConfig config, DataDefinition data, TransformResult transform,
            PostgresDatabase database) {
        new ModelTableMigrator(database.dataSource()).migrate(data.schema(), config.allowDestructiveMigration());
        PostgresChangeFeed changeFeed = PostgresChangeFeed.start(database.dedicatedConnections());
        try {
            return serve(config, data, transform, database, changeFeed);
        } catch (RuntimeException e) {
            changeFeed.close();
            throw e;
        }
    }

    private static ForteServer serve(ForteConfig config, DataDefinition data, TransformResult transform,
            PostgresDatabase database, PostgresChangeFeed changeFeed) {
        GraphqlEngine engine = GraphqlEngine.newEngine()
                .transform(transform)
                .schema(data.schema())
                .store(PostgresModelStore.open(database.dataSource(), data.schema()))
                .changeFeed(changeFeed)
                .defaultMode(AuthMode.of(data.authorizationModes().defaultAuthorizationMode()))
                .functionInvoker(config.functionInvoker())
                .build();
        ApiKeyStore keys = new ApiKeyStore(database.dataSource(), Clock.systemUTC());
        boolean apiKeyMode = engine.enabledModes().contains(AuthMode.API_KEY);
        ApiKey announced = apiKeyMode ? keys.ensureValidKey(data.authorizationModes().apiKeyExpiresInDays()) : null;
        String apiKey = announced == null ? null : announced.key();
        ApiKeyLookup lookup = key -> keys.find(key).map(ApiKey::expiresAt);
        ApiKeyAuthenticator apiKeyAuthenticator = new ApiKeyAuthenticator(lookup, Clock.systemUTC());
        changeFeed.onApiKeysChanged(apiKeyAuthenticator::forgetKeys);
        FunctionCredentialStore functionCredentials = FunctionCredentialStore.open(database.dataSource(),
                Clock.systemUTC());
        UserPool userPool = UserPool.of(config);
        IdentityPoolService identityPool = IdentityPoolService.of(config, database.dataSource(), userPool);
        SigV4Verifier<IamPrincipal> verifier = SigV4Verifier.forAppSync(new IamCredentialLookup(functionCredentials,
                identityPool == null ? null : identityPool.store()), config.region(), Clock.systemUTC());
        Map<AuthMode, Authenticator> authenticators = new EnumMap<>(AuthMode.class);
        authenticators.put(AuthMode.API_KEY, apiKeyAuthenticator);
        authenticators.put(AuthMode.AWS_IAM, new IamAuthenticator(verifier));
        userPool.authenticator().ifPresent(jwt -> authenticators.put(AuthMode.AMAZON_COGNITO_USER_POOLS, jwt));
        LambdaAuthorizationMode lambda = data.authorizationModes().lambdaAuthorizationMode();
        if (lambda != null) {
            authenticators.put(AuthMode.AWS_LAMBDA, new LambdaAuthenticator(config.functionInvoker(),
                    lambda.functionName(), Duration.ofSeconds(lambda.timeToLiveInSeconds()), data.name()));
        }
        OidcAuthorizationMode oidc = data.authorizationModes().oidcAuthorizationMode();
        if (oidc != null) {
            authenticators.put(AuthMode.OPENID_CONNECT, JwtAuthenticator.oidc(oidc, Clock.systemUTC()));
        }
        Authenticator authenticator = new RequestAuthenticator(engine.enabledModes(), authenticators,
                oidc == null ? null : oidc.oidcIssuerUrl());
        ObjectMapper mapper = new ObjectMapper();
        UserPoolStore users = new UserPoolStore(database.dataSource(), Clock.systemUTC());
        Handler graphqlAndUsers = userPool.withLocalEndpoints(
                new GraphqlHandler(GRAPHQL_PATH, authenticator, engine, mapper), users, config.userPoolMessages(), mapper);
        Handler graphql = identityPool == null ? graphqlAndUsers : identityPool.withEndpoint(graphqlAndUsers, mapper);
        RealtimeEndpoint realtime = RealtimeEndpoint.open(GRAPHQL_PATH, realtimeSettings(config), authenticator,
                engine.realtime(), changeFeed, mapper);
        HttpServer http;
        Path caCertificate;
        try {
            caCertificate = localCaCertificate(config);
            http = HttpServer.start(config.host(), config.port(),
                    Integer.getInteger("forte.http.threads", HttpServer.DEFAULT_THREADS), keyStore(config),
                    server -> plainHttpPolicy(config, realtime.handler(server, graphql)));
        } catch (RuntimeException e) {
            realtime.close();
            throw e;
        }
        URI endpoint = URI.create("http://" + hostForUri(config.host()) + ":" + http.port() + GRAPHQL_PATH);
        log.info("Serving {} at {}", data.name(), endpoint);
        ApiKeyExpiryWatch expiryWatch = announced == null ? null
                : ApiKeyExpiryWatch.start(keys, announced, Clock.systemUTC());
        return new ServerBootstrap(database, http, apiKey, endpoint, config, functionCredentials, changeFeed, realtime,
                caCertificate, userPool.isLocal() ? endpoint.resolve(AwsJsonHandler.USER_POOL_PATH) : null, users,
                identityPool == null ? null : identityPool.endpoint(endpoint), expiryWatch,
                certificateWatch(config, http));
    }

    /** Serves a renewed {@code --tls-cert}/{@code --tls-key} pair without a restart; null without one. */
    private static @Nullable CertificateWatch certificateWatch(ForteConfig config, HttpServer http) {
        TlsCertificate certificate = config.tlsCertificate();
        return certificate == null ? null : CertificateWatch.start(certificate.chainFile(), certificate.keyFile(),
                certificate.notAfter(), renewed -> http.replaceCertificate(renewed.keyStore()));
    }

    /** Returns the key store TLS is served with: the configured certificate's, else the local authority's. */
    private static @Nullable KeyStore keyStore(ForteConfig config) {
        if (!config.tls()) {
            return null;
        }
        TlsCertificate certificate = config.tlsCertificate();
        return certificate != null ? certificate.keyStore() : localAuthority(config)
                .serverKeyStore(certificateNames(config.host()));
    }

    /** Returns the local authority's certificate file clients trust, or null when it serves no TLS. */
    private static @Nullable Path localCaCertificate(ForteConfig config) {
        return config.tls() && config.tlsCertificate() == null ? localAuthority(config).caCertificateFile() : null;
    }

    private static LocalCertificateAuthority localAuthority(ForteConfig config) {
        return LocalCertificateAuthority.in(config.dataDirectory(), Clock.systemUTC());
    }

    /** With its own certificate the server is meant to be reached over TLS; only loopback clients may skip it. */
    private static Handler plainHttpPolicy(ForteConfig config, Handler handler) {
        return config.tlsCertificate() == null ? handler : new LoopbackOnlyPlainHttp(handler);
    }

    private static RealtimeSettings realtimeSettings(ForteConfig config) {
        return new RealtimeSettings(config.realtimeConnectionTimeout(), config.realtimeKeepAlive(),
                config.realtimeQueueLimit());
    }

    /** The names the TLS certificate covers: the loopback names, and the configured host when it is another. */
    private static List<String> certificateNames(String host) {
        List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        if (!host.isEmpty() && !host.equals("0.0.0.0") && !host.equals("::")) {
            names.add(host);
        }
        return names;
    }

    private static String hostForUri(String host) {
        if (host.equals("0.0.0.0") || host.isEmpty()) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void closeAfterFailure(PostgresDatabase database, RuntimeException failure) {
        try {
            database.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public URI graphqlEndpoint() {
        return endpoint;
    }

    @Override
    public URI realtimeEndpoint() {
        String scheme = tls ? "wss" : "ws";
        return URI.create(scheme + endpoint.toString().substring("http".length()) + "/realtime");
    }

    @Override
    public @Nullable URI userPoolEndpoint() {
        return userPoolEndpoint;
    }

    @Override
    public boolean addUserToGroup(String username, String group) {
        if (userPoolEndpoint == null) {
            throw new ForteException("The API runs no local user pool (it needs defineAuth() and no external "
                    + "userPoolIssuer): add users to groups in the pool that issues its tokens.");
        }
        return users.addToGroup(loginWith == LoginWith.EMAIL
                ? users.findByEmail(username).map(PoolUser::username).orElse(username) : username,
                GroupName.checked(group));
    }

    @Override
    public @Nullable Path caCertificate() {
        return caCertificate;
    }

    /** Returns the feed of committed changes that real-time delivery listens to. */
    public ChangeFeed changeFeed() {
        return changeFeed;
    }

    @Override
    public @Nullable IdentityPoolEndpoint identityPool() {
        return identityPool;
    }

    @Override
    public int port() {
        return http.port();
    }

    @Override
    public @Nullable String apiKey() {
        return apiKey;
    }

    @Override
    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public FunctionCredentials issueFunctionCredentials(String functionName, Set<ResourceOperation> operations,
            Duration lifetime) {
        return functionCredentials.issue(functionName, operations, lifetime);
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public void close() {
        if (expiryWatch != null) {
            expiryWatch.close();
        }
        if (certificateWatch != null) {
            certificateWatch.close();
        }
        try {
            http.close();
        } finally {
            try {
                realtime.close();
                changeFeed.close();
            } finally {
                database.close();
            }
        }
    }
}
