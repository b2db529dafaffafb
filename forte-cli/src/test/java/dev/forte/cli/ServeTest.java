package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.client.DataClient;
import dev.forte.client.GraphqlSubscription;
import dev.forte.client.SubscriptionEvent;
import dev.forte.server.internal.storage.PostgresDatabase;
import dev.forte.server.internal.tls.LocalCertificateAuthority;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forte serve}: two nodes on one PostgreSQL, one in-process serving TLS with a certificate for
 * {@code forte.test} from a test CA, the other plain HTTP in a process of its own, stopped with SIGTERM; and the
 * mistakes an operator makes, each refused with its message before anything starts.
 */
class ServeTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern PORT = Pattern.compile("GraphQL endpoint: \\S+:(\\d+)/graphql");

    @TempDir static Path directory;
    static PostgresDatabase database;
    static Path certificate;
    static Path key;
    static Path ca;

    @BeforeAll
    static void startDatabaseAndIssueCertificate() throws Exception {
        database = PostgresDatabase.embedded(directory.resolve("postgres"));
        Path tls = issue(directory.resolve("ca"), Clock.systemUTC());
        certificate = tls.resolve("server.pem");
        key = tls.resolve("server-key.pem");
        ca = tls.resolve("ca.pem");
        Files.copy(Path.of("src/test/resources/backends/GrantsBackend.java"), directory.resolve("GrantsBackend.java"));
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Test
    void twoNodesOnOneDatabaseServeOneApiOneOverTlsWithTheGivenCertificate() throws Exception {
        RunningSandbox tlsNode = RunningSandbox.serve(directory, "--backend-file", "GrantsBackend.java", "--port", "0",
                "--db", database.jdbcUrl(), "--data-dir", "node-a", "--tls-cert", certificate.toString(),
                "--tls-key", key.toString());
        ServeProcess plainNode = ServeProcess.start(directory, "--backend-file", "GrantsBackend.java", "--port", "0",
                "--db", database.jdbcUrl(), "--data-dir", "node-b");
        int tlsStatus;
        int plainStatus;
        try {
            int port = port(tlsNode);
            assertThat(tlsNode.out())
                    .contains("Listening on 0.0.0.0:" + port + " (all interfaces) with TLS: " + certificate
                            + " for forte.test, 127.0.0.1, valid until ")
                    .contains("GraphQL endpoint: https://forte.test:" + port + "/graphql\n")
                    .contains("Realtime endpoint: wss://forte.test:" + port + "/graphql/realtime\n");
            assertThat(plainNode.output())
                    .contains("over plain HTTP: put a TLS-terminating proxy or load balancer in front")
                    .contains("Realtime endpoint: " + plainNode.endpoint().replace("http:", "ws:") + "/realtime\n");
            assertThat(plainNode.apiKey()).isEqualTo(tlsNode.apiKey());

            DataClient overTls = DataClient.builder().endpoint(URI.create("https://127.0.0.1:" + port + "/graphql"))
                    .apiKey(tlsNode.apiKey()).trustCertificate(ca).build();
            try (GraphqlSubscription created = overTls.graphqlSubscribe("subscription { onCreateTodo { name } }",
                    Map.of())) {
                assertThat(next(created)).isInstanceOf(SubscriptionEvent.Started.class);

                DataClient.builder().endpoint(URI.create(plainNode.endpoint())).apiKey(plainNode.apiKey()).build()
                        .graphql("mutation { createTodo(input: {name: \"from node b\"}) { id } }");

                SubscriptionEvent event = next(created);
                assertThat(event).isInstanceOf(SubscriptionEvent.Data.class);
                assertThat(((SubscriptionEvent.Data) event).item()).containsEntry("name", "from node b");
            }
            assertThat(overTls.graphql("{ listTodos { items { name } } }").data().toString())
                    .isEqualTo("{\"listTodos\":{\"items\":[{\"name\":\"from node b\"}]}}");
            Cli.Result reader = Cli.in(directory).run("function", "invoke", "reader", "--data-dir", "node-a");
            assertThat(reader.status()).as(reader.err()).isZero();
            assertThat(new ObjectMapper().readTree(reader.out()).path("listed").toString())
                    .as("the function, signing its requests to the node over loopback").isEqualTo("[\"from node b\"]");
            Cli.Result outputs = Cli.in(directory).run("generate", "outputs", "--backend-file", "GrantsBackend.java",
                    "--data-dir", "node-a", "--out-dir", "web");
            assertThat(outputs.status()).as(outputs.err()).isZero();
            JsonNode data = new ObjectMapper().readTree(directory.resolve("web/amplify_outputs.json").toFile())
                    .path("data");
            assertThat(data.path("url").asText()).isEqualTo("https://forte.test:" + port + "/graphql");
            assertThat(data.path("api_key").asText()).isEqualTo(tlsNode.apiKey());
            assertThat(directory.resolve("amplify_outputs.json")).as("serve writes no outputs").doesNotExist();
            HttpRequest untrusting = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/graphql"))
                    .build();
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(untrusting, HttpResponse.BodyHandlers.ofString()))
                    .as("a client that does not trust the test CA")
                    .isInstanceOf(SSLHandshakeException.class);
        } finally {
            tlsStatus = tlsNode.stop();
            plainStatus = plainNode.terminate();
        }
        assertThat(tlsStatus).as(tlsNode.err()).isZero();
        assertThat(plainStatus).as(plainNode.output()).isZero();
        assertThat(plainNode.output()).endsWith("Stopping Forte…\nForte stopped.\n");
        assertThat(tlsNode.out()).endsWith("Stopping Forte…\nForte stopped.\n");
    }

    @Test
    void refusesToGuessTheDatabase() {
        assertThat(serve("--backend-file", "GrantsBackend.java").err())
                .isEqualTo("Error: forte serve needs its database: give --db jdbc:postgresql://HOST:PORT/DATABASE?"
                        + "user=USER&password=PASSWORD or set $FORTE_DB_URL (the nodes of one API share it), or "
                        + "--embedded-db to run a single node on the embedded PostgreSQL in the data directory.\n");
        assertThat(serve("--embedded-db", "--db", "jdbc:postgresql://db/app").err())
                .isEqualTo("Error: --embedded-db and --db name two databases: give one.\n");
    }

    @Test
    void refusesTlsMistakesNamingTheFileBeforeLoadingTheBackend() throws Exception {
        Path otherKey = issue(directory.resolve("other-ca"), Clock.systemUTC()).resolve("server-key.pem");
        Path expired = issue(directory.resolve("old-ca"),
                Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC)).resolve("server.pem");
        Path missing = directory.resolve("missing.pem");

        assertThat(serveWithTls("--tls-cert", certificate.toString()))
                .isEqualTo("Error: --tls-cert and --tls-key go together: give the PEM certificate chain and its "
                        + "private key, or neither to serve plain HTTP behind a TLS-terminating proxy.\n");
        assertThat(serveWithTls("--tls-cert", missing.toString(), "--tls-key", key.toString()))
                .isEqualTo("Error: The certificate chain " + missing + " does not exist. Check the path (relative "
                        + "paths start at the current directory).\n");
        assertThat(serveWithTls("--tls-cert", certificate.toString(), "--tls-key", otherKey.toString()))
                .startsWith("Error: The private key " + otherKey + " does not belong to the certificate "
                        + "`CN=localhost` in " + certificate + ". Give the key the certificate was issued for");
        assertThat(serveWithTls("--tls-cert", expired.toString(), "--tls-key", expired.resolveSibling(
                "server-key.pem").toString()))
                .startsWith("Error: The certificate `CN=localhost` in " + expired + " expired on 2021-02-01T")
                .endsWith(". Renew it with your certificate authority and give the new chain.\n");
        assertThat(serveWithTls("--tls-cert", certificate.toString(), "--tls-key", certificate.toString()))
                .startsWith("Error: The private key " + certificate + " holds a certificate, not a private key");
    }

    @Test
    void refusesAProjectThatWasNotBuiltSayingWhatToRun() throws Exception {
        Path project = Files.createDirectories(directory.resolve("unbuilt"));
        Files.writeString(project.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
                + "<artifactId>a</artifactId><version>1</version></project>");

        Cli.Result result = Cli.in(directory).run("serve", "--project", "unbuilt", "--embedded-db");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).isEqualTo("Error: The project " + project + " has not been built (no classes in "
                + project.resolve("target/classes") + "). Run `mvn -q package` there first: forte serve runs the "
                + "built classes and never compiles.\n");
    }

    @Test
    void refusesAHostThatIsNotThisMachines() throws Exception {
        String elsewhere = notThisMachine();

        assertThat(serve("--host", elsewhere, "--embedded-db").err())
                .isEqualTo("Error: --host " + elsewhere + " is not an address of this machine. Give one of its "
                        + "addresses, or 0.0.0.0 (the default) for all of them.\n");
    }

    /** Returns a documentation address (RFC 5737) this machine does not have; test machines may use one of them. */
    private static String notThisMachine() throws Exception {
        for (String candidate : List.of("203.0.113.77", "198.51.100.77", "192.0.2.77")) {
            if (NetworkInterface.getByInetAddress(InetAddress.getByName(candidate)) == null) {
                return candidate;
            }
        }
        throw new AssertionError("This machine has every documentation address the test tries");
    }

    @Test
    void refusesAUserPoolIssuerThatIsNotAUrl() {
        assertThat(serve("--embedded-db", "--user-pool-issuer", "us-east-1_AbC123").err())
                .isEqualTo("Error: --user-pool-issuer us-east-1_AbC123 is not an issuer URL: give the `iss` of the "
                        + "pool's tokens, e.g. https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123.\n");
    }

    @Test
    void warnsOfACertificateThatExpiresWithinThirtyDays() {
        assertThat(ServeCommand.expiresSoon(Instant.now().plus(Duration.ofDays(90)))).isEmpty();
        assertThat(ServeCommand.expiresSoon(Instant.now().plus(Duration.ofDays(12)).plusSeconds(60)))
                .isEqualTo(" (expires in 12 days: renew the files in place; the node serves the renewed pair without a "
                        + "restart)");
    }

    /** Runs serve with the embedded database and a backend file that does not exist, which it must not reach. */
    private static String serveWithTls(String... tls) {
        String[] args = new String[tls.length + 3];
        System.arraycopy(new String[] {"--embedded-db", "--backend-file", "Missing.java"}, 0, args, 0, 3);
        System.arraycopy(tls, 0, args, 3, tls.length);
        Cli.Result result = serve(args);
        assertThat(result.status()).isEqualTo(Main.FAILURE);
        return result.err();
    }

    private static Cli.Result serve(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "serve";
        System.arraycopy(args, 0, command, 1, args.length);
        return Cli.in(directory).run(command);
    }

    /** Returns the {@code tls} directory of a test CA that issued a certificate for forte.test and 127.0.0.1. */
    private static Path issue(Path where, Clock clock) {
        LocalCertificateAuthority.in(where, clock).serverKeyStore(List.of("forte.test", "127.0.0.1"));
        return where.resolve("tls");
    }

    private static int port(RunningSandbox node) {
        Matcher matcher = PORT.matcher(node.out());
        assertThat(matcher.find()).as(node.out()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static SubscriptionEvent next(GraphqlSubscription subscription) throws InterruptedException {
        return subscription.poll(WAIT).orElseThrow(() -> new AssertionError("No subscription event within " + WAIT));
    }
}
