package dev.forte.server;

import dev.forte.ForteException;
import dev.forte.backend.Backend;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * How to run a backend: port, data directory and database.
 *
 * @param port the port to listen on; 0 picks a free one
 * @param dataDirectory where the server writes everything (the embedded database among it)
 * @param jdbcUrl an external PostgreSQL ({@code jdbc:postgresql://host/db?user=..}); null for the embedded one
 * @param allowDestructiveMigration let a schema change drop or rewrite columns that hold data
 * @param region the AWS region clients sign IAM requests for (their {@code aws_region}); {@code us-east-1}
 * @param tls serve TLS beside plain HTTP on the port, with a certificate from a local certificate authority kept in
 *     the data directory ({@code tls/ca.pem}); amplify-js dials {@code wss://} for subscriptions even for an
 *     {@code http://} endpoint. On by default
 * @param tlsCertificate the server's own certificate to serve TLS with instead of the local certificate
 *     authority's; plain HTTP is then served to loopback clients only (the server's functions call it so), other
 *     clients get a 403 telling them to use {@code https://}; {@link ForteServer#graphqlEndpoint()} stays that
 *     plain-HTTP URL. Null by default
 * @param realtimeConnectionTimeout the {@code connectionTimeoutMs} of the realtime protocol: a client reconnects
 *     when it hears nothing for this long, and a connection without subscriptions for this long is closed;
 *     5 minutes, as AppSync
 * @param realtimeKeepAlive how often realtime connections get a {@code ka} message; 60 seconds, at most 60 seconds
 * @param realtimeQueueLimit the most messages that may wait for one realtime connection; a client that falls
 *     further behind is disconnected; 1000
 * @param userPoolIssuer the issuer of the user-pool tokens the API accepts, e.g. a Cognito user pool
 *     ({@code https://cognito-idp.<region>.amazonaws.com/<poolId>}), whose keys are read from
 *     {@code <issuer>/.well-known/jwks.json}; null for Forte's local user pool in the data directory
 * @param functionInvoker runs the functions of custom operations ({@code a.handler.function(fn)});
 *     {@link FunctionInvoker#NONE} when the server runs no functions
 * @param userPoolMessages where Forte's local user pool delivers the codes Cognito would email (lines such as
 *     {@code Confirmation code for alice: 123456}); the server's log by default, the console in the sandbox
 * @param guestAccess whether the identity pool of a backend with {@code defineAuth()} gives guests
 *     (unauthenticated identities) credentials, for {@code allow.guest()} rules; on by default, as in Amplify Gen 2.
 *     The backend's {@code defineAuth().allowUnauthenticatedIdentities(false)} (Amplify's
 *     {@code cfnIdentityPool.allowUnauthenticatedIdentities = false}) turns it off too; this turns it off for one
 *     server whatever the backend says
 */
public record ForteConfig(
        Backend backend,
        String host,
        int port,
        Path dataDirectory,
        @Nullable String jdbcUrl,
        boolean allowDestructiveMigration,
        String region,
        boolean tls,
        @Nullable TlsCertificate tlsCertificate,
        Duration realtimeConnectionTimeout,
        Duration realtimeKeepAlive,
        int realtimeQueueLimit,
        @Nullable String userPoolIssuer,
        FunctionInvoker functionInvoker,
        Consumer<String> userPoolMessages,
        boolean guestAccess) {

    public ForteConfig {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(userPoolMessages, "userPoolMessages");
        Objects.requireNonNull(functionInvoker, "functionInvoker");
        if (port < 0 || port > 65535) {
            throw new ForteException("Port " + port + " is out of range: give 0 (any free port) to 65535.");
        }
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            throw new ForteException("Region `" + region + "` is not an AWS region name: give one like us-east-1.");
        }
        if (realtimeConnectionTimeout.toMillis() < 1) {
            throw new ForteException("realtimeConnectionTimeout " + realtimeConnectionTimeout + " is too short: give "
                    + "at least 1 ms (clients expect AppSync's 300000 ms).");
        }
        if (realtimeKeepAlive.toMillis() < 1 || realtimeKeepAlive.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new ForteException("realtimeKeepAlive " + realtimeKeepAlive + " is out of range: give 1 ms to 60 s "
                    + "(amplify-js reports a degraded connection after 65 s without ka).");
        }
        if (tlsCertificate != null && !tls) {
            throw new ForteException("A TLS certificate (" + tlsCertificate.chainFile() + ") is given but TLS is off: "
                    + "turn TLS on, or give no certificate.");
        }
        if (realtimeQueueLimit < 1) {
            throw new ForteException("realtimeQueueLimit " + realtimeQueueLimit + " is too small: give at least 1.");
        }
    }

    /**
     * Returns a builder with the defaults: 127.0.0.1, port 0, data in {@code .forte}, embedded PostgreSQL, region
     * {@code us-east-1}.
     */
    public static Builder builder(Backend backend) {
        return new Builder(backend);
    }

    /** Returns a builder initialised from this configuration. */
    public Builder toBuilder() {
        return new Builder(backend).host(host).port(port).dataDirectory(dataDirectory).jdbcUrl(jdbcUrl)
                .allowDestructiveMigration(allowDestructiveMigration).region(region).tls(tls)
                .tlsCertificate(tlsCertificate)
                .realtimeConnectionTimeout(realtimeConnectionTimeout).realtimeKeepAlive(realtimeKeepAlive)
                .realtimeQueueLimit(realtimeQueueLimit)
                .userPoolIssuer(userPoolIssuer)
                .functionInvoker(functionInvoker)
                .userPoolMessages(userPoolMessages)
                .guestAccess(guestAccess);
    }

    /** Builds a {@link ForteConfig}. */
    public static final class Builder {
        private final Backend backend;
        private String host = "127.0.0.1";
        private int port;
        private Path dataDirectory = Path.of(".forte");
        private @Nullable String jdbcUrl;
        private boolean allowDestructiveMigration;
        private String region = "us-east-1";
        private boolean tls = true;
        private @Nullable TlsCertificate tlsCertificate;
        private Duration realtimeConnectionTimeout = Duration.ofMinutes(5);
        private Duration realtimeKeepAlive = Duration.ofSeconds(60);
        private int realtimeQueueLimit = 1000;
        private @Nullable String userPoolIssuer;
        private boolean guestAccess = true;
        private FunctionInvoker functionInvoker = FunctionInvoker.NONE;
        private Consumer<String> userPoolMessages = LoggerFactory.getLogger(LocalUserPool.class)::info;

        private Builder(Backend backend) {
            this.backend = backend;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        public Builder jdbcUrl(@Nullable String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
            return this;
        }

        public Builder allowDestructiveMigration(boolean allow) {
            this.allowDestructiveMigration = allow;
            return this;
        }

        /** Sets the AWS region IAM requests are signed for, e.g. {@code eu-west-2}. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Sets what runs the functions of custom operations, e.g. the sandbox's function host. */
        public Builder functionInvoker(FunctionInvoker invoker) {
            this.functionInvoker = invoker;
            return this;
        }

        /** Sets whether the port serves TLS beside plain HTTP (on by default). */
        public Builder tls(boolean tls) {
            this.tls = tls;
            return this;
        }

        /**
         * Sets the certificate to serve TLS with instead of the local certificate authority's (null: the local one),
         * and turns TLS on when one is given.
         */
        public Builder tlsCertificate(@Nullable TlsCertificate certificate) {
            this.tlsCertificate = certificate;
            if (certificate != null) {
                this.tls = true;
            }
            return this;
        }

        /** Sets the realtime {@code connectionTimeoutMs} (5 minutes by default). */
        public Builder realtimeConnectionTimeout(Duration timeout) {
            this.realtimeConnectionTimeout = timeout;
            return this;
        }

        /** Sets how often realtime connections get {@code ka} (60 seconds by default, at most 60 seconds). */
        public Builder realtimeKeepAlive(Duration interval) {
            this.realtimeKeepAlive = interval;
            return this;
        }

        /** Sets the most messages that may wait for one realtime connection (1000 by default). */
        public Builder realtimeQueueLimit(int limit) {
            this.realtimeQueueLimit = limit;
            return this;
        }

        /**
         * Sets the issuer of the user-pool tokens to accept, e.g.
         * {@code https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123}; by default Forte's local pool.
         */
        public Builder userPoolIssuer(@Nullable String userPoolIssuer) {
            this.userPoolIssuer = userPoolIssuer;
            return this;
        }

        /** Sets where the local user pool delivers its codes, e.g. {@code System.out::println}. */
        public Builder userPoolMessages(Consumer<String> messages) {
            this.userPoolMessages = messages;
            return this;
        }

        /**
         * Sets whether the identity pool gives guests credentials; on by default, off whenever the backend's
         * {@code defineAuth().allowUnauthenticatedIdentities(false)} says so.
         */
        public Builder guestAccess(boolean guestAccess) {
            this.guestAccess = guestAccess;
            return this;
        }

        public ForteConfig build() {
            return new ForteConfig(backend, host, port, dataDirectory, jdbcUrl, allowDestructiveMigration, region,
                    tls, tlsCertificate, realtimeConnectionTimeout, realtimeKeepAlive, realtimeQueueLimit,
                    userPoolIssuer, functionInvoker, userPoolMessages, guestAccess);
        }
    }
}
