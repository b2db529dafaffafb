package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.assertRejected;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.data.a;
import dev.forte.schema.AuthProvider;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code oidc} mode against an OpenID provider served over real HTTP in the test (discovery document, JWKS):
 * notes belong to the {@code sub} that created them ({@code allow.owner(OIDC).identityClaim("sub")}), the group
 * Admin of the {@code groups} claim reaches all of them, and tokens are checked for signature, issuer, audience,
 * expiry and the configured ages.
 */
class OidcAuthTest {
    private static final String CREATE =
            "mutation($text: String) { createNote(input: {text: $text}) { id text owner } }";
    private static final String GET = "query($id: ID!) { getNote(id: $id) { id text owner } }";
    private static final String LIST = "{ listNotes { items { id text owner } } }";
    private static final String NOT_AUTHORIZED = "You are not authorized to make this call.";
    private static final long MAX_AGE_FROM_ISSUE = 3600;
    private static final long MAX_AGE_FROM_AUTH = 7200;

    @TempDir
    static Path dataDirectory;
    private static TestOidcIssuer issuer;
    private static ForteServer server;
    private static UserPoolApi api;

    @BeforeAll
    static void startServer() throws Exception {
        issuer = TestOidcIssuer.start();
        server = ForteServer.start(ForteConfig.builder(notesBackend(issuer.issuer())).dataDirectory(dataDirectory)
                .build());
        api = new UserPoolApi(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        if (issuer != null) {
            issuer.close();
        }
    }

    @Test
    void theOwnerCreatesANoteAndReadsItBack() throws Exception {
        JsonNode created = data(call(issuer.token("kim"), CREATE, Map.of("text", "kim's")), "createNote");

        assertThat(created.path("owner").asText()).isEqualTo("kim");
        assertThat(data(call(issuer.token("kim"), GET, Map.of("id", created.path("id").asText())), "getNote")
                .path("text").asText()).isEqualTo("kim's");
    }

    @Test
    void anotherUserNeitherGetsNorListsIt() throws Exception {
        String id = create("lee", "private to lee");
        String other = issuer.token("max");

        JsonNode refused = UserPoolApi.assertUnauthorizedError(call(other, GET, Map.of("id", id)),
                "Not Authorized to access getNote on type Query");
        assertThat(refused.path("data").path("getNote").isNull()).isTrue();
        assertThat(texts(call(other, LIST, Map.of()))).doesNotContain("private to lee");
        assertThat(texts(call(issuer.token("lee"), LIST, Map.of()))).contains("private to lee");
    }

    @Test
    void anAdminByTheGroupsClaimGetsAndListsEveryNote() throws Exception {
        String id = create("ned", "ned's");
        String admin = issuer.token("ora", "Admin");

        assertThat(texts(call(admin, LIST, Map.of()))).contains("ned's");
        assertThat(data(call(admin, GET, Map.of("id", id)), "getNote").path("owner").asText()).isEqualTo("ned");
        assertThat(texts(call(issuer.token("pia", "Staff"), LIST, Map.of()))).doesNotContain("ned's");
    }

    @Test
    void aKeycloakAccessTokenNamesTheClientInAzp() throws Exception {
        String token = issuer.sign(issuer.claims("kim").audience("account").claim("azp", TestOidcIssuer.CLIENT_ID)
                .build());

        assertThat(data(call(token, LIST, Map.of()), "listNotes").isObject()).isTrue();
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws Exception {
        String token = issuer.sign(issuer.claims("kim").audience("other-app").build());

        assertRejected(call(token, LIST, Map.of()), "You are not authorized to make this call: the token's audience"
                + " does not match the API's OpenID Connect client id.");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = issuer.sign(issuer.claims("kim").expirationTime(Date.from(Instant.now().minusSeconds(300)))
                .build());

        assertRejected(call(token, LIST, Map.of()), "Token has expired.");
    }

    @Test
    void aTokenSignedByAnotherKeyUnderTheProvidersKeyIdIsRefused() throws Exception {
        RSAKey forger = TestOidcIssuer.newKey(issuer.key().getKeyID());

        assertRejected(call(TestOidcIssuer.sign(issuer.claims("kim").build(), forger), LIST, Map.of()),
                NOT_AUTHORIZED);
    }

    @Test
    void aTokenOfAnUnknownIssuerIsRefused() throws Exception {
        String token = issuer.sign(issuer.claims("kim").issuer("https://attacker.example.com/realms/forte").build());

        assertRejected(call(token, LIST, Map.of()), NOT_AUTHORIZED);
    }

    @Test
    void aTokenIssuedLongerAgoThanTokenExpireFromIssueIsRefused() throws Exception {
        Instant issued = Instant.now().minus(Duration.ofSeconds(MAX_AGE_FROM_ISSUE + 600));
        String token = issuer.sign(issuer.claims("kim").issueTime(Date.from(issued)).build());

        assertRejected(call(token, LIST, Map.of()), "Token has expired. It was issued more than 3600 seconds ago"
                + " (tokenExpireFromIssueInSeconds).");
    }

    @Test
    void aTokenFromASignInLongerAgoThanTokenExpiryFromAuthIsRefused() throws Exception {
        long signedIn = Instant.now().minus(Duration.ofSeconds(MAX_AGE_FROM_AUTH + 600)).getEpochSecond();
        String token = issuer.sign(issuer.claims("kim").claim("auth_time", signedIn).build());

        assertRejected(call(token, LIST, Map.of()), "Token has expired. It was signed in more than 7200 seconds ago"
                + " (tokenExpiryFromAuthInSeconds).");
    }

    @Test
    void keysRotatedAtTheIssuerArePickedUpWithOneFetch() throws Exception {
        assertThat(data(call(issuer.token("kim"), LIST, Map.of()), "listNotes").isObject()).isTrue();
        int fetchesBefore = issuer.jwksFetches();
        String retiredKeyToken = issuer.token("kim");

        issuer.rotate();

        assertThat(data(call(issuer.token("kim"), LIST, Map.of()), "listNotes").isObject()).isTrue();
        assertThat(data(call(issuer.token("lee"), LIST, Map.of()), "listNotes").isObject()).isTrue();
        assertThat(issuer.jwksFetches()).as("one fetch for the new kid, then the cache").isEqualTo(fetchesBefore + 1);
        assertRejected(call(retiredKeyToken, LIST, Map.of()), NOT_AUTHORIZED);
    }

    @Test
    void aSubscriptionAuthorizedByAnOidcTokenReceivesItsOwnersNotes() throws Exception {
        try (RealtimeTestClient socket = RealtimeFixture.subscribedWithToken(server, issuer.token("quinn"),
                "subscription { onCreateNote { id text owner } }")) {
            create("rex", "rex's note");
            create("quinn", "quinn's note");

            JsonNode note = socket.nextOfType("data").path("payload").path("data").path("onCreateNote");
            assertThat(note.path("text").asText()).as("rex's note is not delivered to quinn").isEqualTo("quinn's note");
            assertThat(note.path("owner").asText()).isEqualTo("quinn");
        }
    }

    private static Backend notesBackend(String issuerUrl) {
        var schema = a.schema(model("Note", a.model(field("text", a.string())).authorization(allow -> List.of(
                allow.owner(AuthProvider.OIDC).identityClaim("sub"),
                allow.groups(List.of("Admin"), AuthProvider.OIDC).withClaimIn("groups")))));
        return Backend.of(defineData(DataProps.builder(schema).oidcAuthorizationMode(
                OidcAuthorizationMode.builder("TestProvider", issuerUrl).clientId(TestOidcIssuer.CLIENT_ID)
                        .tokenExpireFromIssueInSeconds(MAX_AGE_FROM_ISSUE)
                        .tokenExpiryFromAuthInSeconds(MAX_AGE_FROM_AUTH).build()).build()));
    }

    private static String create(String user, String text) throws Exception {
        return data(call(issuer.token(user), CREATE, Map.of("text", text)), "createNote").path("id").asText();
    }

    private static HttpResponse<String> call(@Nullable String token, String query, Map<String, Object> variables)
            throws Exception {
        return api.call(token, query, variables);
    }

    private static List<String> texts(HttpResponse<String> response) throws Exception {
        return data(response, "listNotes").path("items").findValuesAsText("text");
    }
}
