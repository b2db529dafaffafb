package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.query;
import static dev.forte.server.e2e.RealtimeFixture.headerSubprotocol;
import static dev.forte.server.e2e.RealtimeFixture.iamConnectHeader;
import static dev.forte.server.e2e.RealtimeFixture.iamStartHeader;
import static dev.forte.server.e2e.RealtimeFixture.start;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.forte.backend.AuthDefinition;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import dev.forte.server.FunctionResult;
import dev.forte.server.LocalUserPool;
import dev.forte.server.TokenRequest;
import dev.forte.server.internal.storage.TestDatabases;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guests and signed-in users of the identity pool over real HTTP and WebSocket: credentials from the server's own
 * {@code GetId} / {@code GetCredentialsForIdentity}, requests signed by the AWS SDK's SigV4 signer, and the model,
 * field and custom operation rules {@code allow.guest()} and {@code allow.authenticated('identityPool')}.
 */
class IdentityPoolApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = "eu-west-2";
    private static final String CREATE_NOTICE =
            "mutation($text: String) { createNotice(input: {text: $text, note: \"staff only\"}) { id text } }";
    private static final String LIST_NOTICES = "{ listNotices { items { id text } } }";
    private static final String ON_CREATE_NOTICE = "subscription { onCreateNotice { id text } }";

    @TempDir
    static Path dataDirectory;
    private static TestDatabases.Schema schema;
    private static ForteServer server;
    private static IdentityPoolClient identityPool;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startServer() {
        schema = TestDatabases.embedded().newSchema();
        String url = TestDatabases.embedded().postgres().jdbcUrl();
        server = ForteServer.start(ForteConfig.builder(backend()).dataDirectory(dataDirectory).region(REGION)
                .jdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.name())
                .functionInvoker(invocation -> new FunctionResult(new TextNode(invocation.payloadJson()).toString(),
                        false))
                .build());
        identityPool = new IdentityPoolClient(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (schema != null) {
            schema.close();
        }
    }

    /**
     * {@code Notice}: guests read, identity-pool users do everything, its {@code note} only for identity-pool users;
     * {@code Draft}: user-pool users and owners only; {@code Poster}: guests only. {@code hello} for guests,
     * {@code whoAmI} for identity-pool users; both echo the event the function gets.
     */
    private static Backend backend() {
        return backend(defineAuth());
    }

    private static Backend backend(AuthDefinition auth) {
        var echo = defineFunction(Echo.class);
        var schema = a.schema(
                model("Notice", a.model(field("text", a.string()), field("note", a.string()
                                .authorization(allow -> List.of(allow.authenticated(AuthProvider.IDENTITY_POOL)))))
                        .authorization(allow -> List.of(allow.guest().to(AuthOperation.READ),
                                allow.authenticated(AuthProvider.IDENTITY_POOL), allow.owner()))),
                model("Draft", a.model(field("text", a.string()))
                        .authorization(allow -> List.of(allow.owner(), allow.authenticated()))),
                model("Poster", a.model(field("title", a.string()))
                        .authorization(allow -> List.of(allow.guest()))),
                query("hello", a.query().returns(a.string()).handler(a.handler.function(echo))
                        .authorization(allow -> List.of(allow.guest()))),
                query("whoAmI", a.query().returns(a.string()).handler(a.handler.function(echo))
                        .authorization(allow -> List.of(allow.authenticated(AuthProvider.IDENTITY_POOL)))));
        return Backend.of(auth, defineData(DataProps.of(schema)), echo);
    }

    /** Stands in for the function; the server's invoker answers instead of running it. */
    public static final class Echo implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            return "echo";
        }
    }

    private static String token(String user) {
        return LocalUserPool.open(server.dataDirectory()).mint(TokenRequest.forUser(user).build());
    }

    private static HttpResponse<String> send(FunctionCredentials credentials, String query, Map<String, Object> vars)
            throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("query", query, "variables", vars));
        return IamRequests.send(HTTP, IamRequests.signed(server.graphqlEndpoint(), credentials, body, REGION), body);
    }

    private static JsonNode body(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static void assertUnauthorized(JsonNode body, String field, String type) {
        assertThat(body.path("data").path(field).isNull()).as(body.toString()).isTrue();
        assertThat(body.path("errors").get(0).path("errorType").asText()).isEqualTo("Unauthorized");
        assertThat(body.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access " + field + " on type " + type);
    }

    @Test
    void aGuestListsNoticesAnIdentityPoolUserCreated() throws Exception {
        FunctionCredentials alice = identityPool.user(token("alice"));
        String id = body(send(alice, CREATE_NOTICE, Map.of("text", "Open on Sunday"))).path("data")
                .path("createNotice").path("id").asText();

        JsonNode listed = body(send(identityPool.guest(), LIST_NOTICES, Map.of()));

        assertThat(listed.has("errors")).as(listed.toString()).isFalse();
        assertThat(listed.path("data").path("listNotices").path("items").findValuesAsText("id")).contains(id);
    }

    @Test
    void aGuestIsRefusedACreateAndNothingIsWritten() throws Exception {
        FunctionCredentials guest = identityPool.guest();

        assertUnauthorized(body(send(guest, CREATE_NOTICE, Map.of("text", "Guest was here"))), "createNotice",
                "Mutation");
        assertThat(body(send(guest, LIST_NOTICES, Map.of())).path("data").path("listNotices").path("items")
                .findValuesAsText("text")).doesNotContain("Guest was here");
    }

    @Test
    void aGuestPassesNoUserPoolOrOwnerRule() throws Exception {
        assertUnauthorized(body(send(identityPool.guest(), "{ listDrafts { items { id } } }", Map.of())),
                "listDrafts", "Query");
    }

    @Test
    void aFieldForIdentityPoolUsersIsNullForAGuest() throws Exception {
        FunctionCredentials bob = identityPool.user(token("bob"));
        String id = body(send(bob, CREATE_NOTICE, Map.of("text", "with a note"))).path("data").path("createNotice")
                .path("id").asText();
        String get = "query($id: ID!) { getNotice(id: $id) { text note } }";

        JsonNode asUser = body(send(bob, get, Map.of("id", id)));
        JsonNode asGuest = body(send(identityPool.guest(), get, Map.of("id", id)));

        assertThat(asUser.path("data").path("getNotice").path("note").asText()).isEqualTo("staff only");
        assertThat(asGuest.path("data").path("getNotice").path("text").asText()).isEqualTo("with a note");
        assertThat(asGuest.path("data").path("getNotice").path("note").isNull()).isTrue();
        assertThat(asGuest.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access note on type Notice");
    }

    @Test
    void anIdentityPoolUserPassesNoGuestRuleAndAGuestNoIdentityPoolUserRule() throws Exception {
        FunctionCredentials carol = identityPool.user(token("carol"));

        assertUnauthorized(body(send(carol, "{ listPosters { items { id } } }", Map.of())), "listPosters", "Query");
        assertUnauthorized(body(send(carol, "{ hello }", Map.of())), "hello", "Query");
        assertUnauthorized(body(send(identityPool.guest(), "{ whoAmI }", Map.of())), "whoAmI", "Query");
    }

    @Test
    void customOperationsGetAppSyncsIdentityOfCognitoIdentityCallers() throws Exception {
        String token = token("dave");
        FunctionCredentials dave = identityPool.user(token);
        String daveIdentity = identityPool.getId(Map.of(IdentityPoolClient.provider(token), token));

        JsonNode user = JSON.readTree(body(send(dave, "{ whoAmI }", Map.of())).path("data").path("whoAmI").asText())
                .path("identity");
        JsonNode guest = JSON.readTree(body(send(identityPool.guest(), "{ hello }", Map.of())).path("data")
                .path("hello").asText()).path("identity");

        assertThat(user.path("cognitoIdentityPoolId").asText()).isEqualTo(identityPool.poolId());
        assertThat(user.path("cognitoIdentityId").asText()).isEqualTo(daveIdentity);
        assertThat(user.path("cognitoIdentityAuthType").asText()).isEqualTo("authenticated");
        assertThat(user.path("cognitoIdentityAuthProvider").asText())
                .startsWith("\"" + IdentityPoolClient.provider(token) + "\"").contains(":CognitoSignIn:");
        assertThat(user.path("userArn").asText()).isEqualTo(
                "arn:aws:sts::000000000000:assumed-role/forte-identity-pool-authRole/CognitoIdentityCredentials");
        assertThat(guest.path("cognitoIdentityAuthType").asText()).isEqualTo("unauthenticated");
        assertThat(guest.path("cognitoIdentityAuthProvider").isNull()).isTrue();
        assertThat(guest.path("userArn").asText()).endsWith(":assumed-role/forte-identity-pool-unauthRole"
                + "/CognitoIdentityCredentials");
    }

    @Test
    void aGuestSubscribesAndReceivesACreatedNotice() throws Exception {
        FunctionCredentials guest = identityPool.guest();
        try (RealtimeTestClient client = RealtimeTestClient.connect(Objects.requireNonNull(server.caCertificate()),
                server.realtimeEndpoint(), "graphql-ws", headerSubprotocol(iamConnectHeader(server, guest, REGION)))
                .initialized()) {
            String data = RealtimeFixture.data(ON_CREATE_NOTICE, Map.of());
            client.send(start("guest-1", data, iamStartHeader(server, guest, REGION, data)));
            assertThat(client.nextExceptKeepAlive().path("type").asText()).isEqualTo("start_ack");

            body(send(identityPool.user(token("erin")), CREATE_NOTICE, Map.of("text", "Delivered")));

            JsonNode event = client.nextOfType("data");
            assertThat(event.path("payload").path("data").path("onCreateNotice").path("text").asText())
                    .isEqualTo("Delivered");
        }
    }

    @Test
    void aGuestCannotSubscribeWhereNoGuestRuleListens() throws Exception {
        FunctionCredentials guest = identityPool.guest();
        try (RealtimeTestClient client = RealtimeTestClient.connect(Objects.requireNonNull(server.caCertificate()),
                server.realtimeEndpoint(), "graphql-ws", headerSubprotocol(iamConnectHeader(server, guest, REGION)))
                .initialized()) {
            String data = RealtimeFixture.data("subscription { onCreateDraft { id } }", Map.of());
            client.send(start("guest-2", data, iamStartHeader(server, guest, REGION, data)));

            JsonNode refused = client.nextExceptKeepAlive();
            assertThat(refused.path("type").asText()).isEqualTo("error");
            assertThat(refused.path("payload").path("errors").get(0).path("message").asText())
                    .isEqualTo("Not Authorized to access onCreateDraft on type Subscription");
        }
    }

    @Test
    void expiredCredentialsAreUnauthorized() throws Exception {
        FunctionCredentials guest = identityPool.guest();
        schema.execute("UPDATE forte_identity_pool_credentials SET expires_at = now() - interval '1 second'"
                + " WHERE access_key_id = '" + guest.accessKeyId() + "'");

        assertRefused(send(guest, LIST_NOTICES, Map.of()), 401, "UnauthorizedException");
    }

    @Test
    void aTamperedSignatureIsAnInvalidSignature() throws Exception {
        FunctionCredentials guest = identityPool.guest();
        FunctionCredentials wrongSecret = new FunctionCredentials(guest.accessKeyId(),
                "x" + guest.secretAccessKey().substring(1), guest.sessionToken(), guest.expiration());

        assertRefused(send(wrongSecret, LIST_NOTICES, Map.of()), 403, "InvalidSignatureException");
    }

    @Test
    void anIdentityPoolKeyThePoolNeverIssuedIsUnauthorized() throws Exception {
        FunctionCredentials guest = identityPool.guest();
        FunctionCredentials forged = new FunctionCredentials("ASIACFORGEDFORGEDFOR", guest.secretAccessKey(),
                guest.sessionToken(), guest.expiration());

        assertRefused(send(forged, LIST_NOTICES, Map.of()), 401, "UnauthorizedException");
    }

    @Test
    void aBrowsersPreflightMayPostToTheIdentityPool() throws Exception {
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(
                        Objects.requireNonNull(server.identityPool()).endpoint())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-amz-target,x-amz-user-agent,cache-control")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
                .contains("x-amz-target");
    }

    @Test
    void theIdentityPoolAnswersCognitosErrors() throws Exception {
        HttpResponse<String> wrongPool = identityPool.call("GetId",
                Map.of("IdentityPoolId", REGION + ":00000000-0000-0000-0000-000000000000"));
        HttpResponse<String> unknownOperation = identityPool.call("ListIdentities", Map.of());

        assertCognitoError(wrongPool, "ResourceNotFoundException",
                "IdentityPool 'eu-west-2:00000000-0000-0000-0000-000000000000' not found.");
        assertThat(unknownOperation.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknownOperation.body()).path("__type").asText())
                .isEqualTo("UnknownOperationException");
    }

    @Test
    void withoutGuestAccessGuestsGetCognitosRefusal() throws Exception {
        assertGuestsRefused("no-guests", backend(), false);
    }

    @Test
    void aBackendWhoseAuthDisallowsUnauthenticatedIdentitiesRefusesGuests() throws Exception {
        assertGuestsRefused("backend-without-guests", backend(defineAuth().allowUnauthenticatedIdentities(false)),
                true);
    }

    private void assertGuestsRefused(String name, Backend backend, boolean guestAccess) throws Exception {
        TestDatabases.Schema other = TestDatabases.embedded().newSchema();
        String url = TestDatabases.embedded().postgres().jdbcUrl();
        try (ForteServer closed = ForteServer.start(ForteConfig.builder(backend).dataDirectory(dataDirectory
                        .resolve(name)).region(REGION).guestAccess(guestAccess)
                .jdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + other.name()).build())) {
            IdentityPoolClient pool = new IdentityPoolClient(closed);

            assertThat(Objects.requireNonNull(closed.identityPool()).guestAccess()).isFalse();
            assertCognitoError(pool.call("GetId", Map.of("IdentityPoolId", pool.poolId())), "NotAuthorizedException",
                    "Unauthenticated access is not supported for this identity pool.");
        } finally {
            other.close();
        }
    }

    private static void assertCognitoError(HttpResponse<String> response, String type, String message)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(type);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("__type").asText()).isEqualTo(type);
        assertThat(body.path("message").asText()).isEqualTo(message);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String errorType) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("errors").get(0).path("errorType").asText())
                .isEqualTo(errorType);
    }
}
