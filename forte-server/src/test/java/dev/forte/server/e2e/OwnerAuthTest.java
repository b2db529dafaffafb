package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.assertRejected;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.LocalUserPool;
import dev.forte.server.TokenRequest;
import dev.forte.server.internal.ServerBootstrap;
import dev.forte.server.FunctionCredentials;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reference schema 2 over real HTTP with tokens of the local user pool, verified against its key: each todo
 * belongs to the user who created it ({@code allow.owner()}), the group Admin reaches every todo, and the function
 * granted query and listen reads all of them but cannot write.
 */
class OwnerAuthTest {
    private static final ObjectMapper JSON = UserPoolApi.JSON;
    private static final String CREATE = "mutation($name: String) { createTodo(input: {name: $name}) { id name owner } }";
    private static final String GET = "query($id: ID!) { getTodo(id: $id) { id name owner } }";
    private static final String LIST = "{ listTodos { items { id name owner } } }";
    private static final String UPDATE = "mutation($id: ID!, $name: String) { updateTodo(input: {id: $id, name: $name}) { id name } }";
    private static final String DELETE = "mutation($id: ID!) { deleteTodo(input: {id: $id}) { id } }";

    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static LocalUserPool pool;
    private static UserPoolApi api;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Stands in for schema 2's {@code data-access} function. */
    public static final class DataAccess implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            return "data-access";
        }
    }

    @BeforeAll
    static void startServer() {
        server = ForteServer.start(ForteConfig.builder(schema2WithAdmins()).dataDirectory(dataDirectory).build());
        api = new UserPoolApi(server);
        pool = api.pool();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aCreatedTodoBelongsToItsCreatorAndReadsAsTheirUsername() throws Exception {
        JsonNode created = data(call(token("alice"), CREATE, Map.of("name", "alice's")), "createTodo");

        assertThat(created.path("owner").asText()).isEqualTo("alice");
        assertThat(data(call(token("alice"), GET, Map.of("id", created.path("id").asText())), "getTodo")
                .path("name").asText()).isEqualTo("alice's");
    }

    @Test
    void anotherUserCannotReadUpdateOrDeleteIt() throws Exception {
        String id = create("alice", "private to alice");
        String bob = token("bob");

        assertUnauthorized(call(bob, GET, Map.of("id", id)), "getTodo", "Query");
        assertUnauthorized(call(bob, UPDATE, Map.of("id", id, "name", "bob was here")), "updateTodo", "Mutation");
        assertUnauthorized(call(bob, DELETE, Map.of("id", id)), "deleteTodo", "Mutation");
        assertThat(names(call(bob, LIST, Map.of()))).doesNotContain("private to alice");
        assertThat(data(call(token("alice"), GET, Map.of("id", id)), "getTodo").path("name").asText())
                .isEqualTo("private to alice");
    }

    @Test
    void theOwnerUpdatesAndDeletesTheirOwn() throws Exception {
        String id = create("carol", "draft");
        String carol = token("carol");

        assertThat(data(call(carol, UPDATE, Map.of("id", id, "name", "final")), "updateTodo").path("name").asText())
                .isEqualTo("final");
        assertThat(data(call(carol, DELETE, Map.of("id", id)), "deleteTodo").path("id").asText()).isEqualTo(id);
        assertThat(data(call(carol, GET, Map.of("id", id)), "getTodo").isNull()).isTrue();
    }

    @Test
    void aTodoThatDoesNotExistCannotBeUpdatedEvenByAnOwnerRule() throws Exception {
        assertUnauthorized(call(token("alice"), UPDATE, Map.of("id", "no-such-todo", "name", "x")), "updateTodo",
                "Mutation");
    }

    @Test
    void theAdminGroupReachesEveryTodo() throws Exception {
        String id = create("dave", "dave's");
        String admin = pool.mint(TokenRequest.forUser("erin").groups("Admin").build());

        assertThat(names(call(admin, LIST, Map.of()))).contains("dave's");
        assertThat(data(call(admin, UPDATE, Map.of("id", id, "name", "moderated")), "updateTodo").path("name")
                .asText()).isEqualTo("moderated");
        assertThat(data(call(admin, DELETE, Map.of("id", id)), "deleteTodo").path("id").asText()).isEqualTo(id);
    }

    @Test
    void theFunctionGrantedQueryAndListenListsEveryTodoButCannotCreate() throws Exception {
        create("frank", "frank's");
        create("grace", "grace's");
        FunctionCredentials function = server.issueFunctionCredentials("data-access",
                Set.of(ResourceOperation.QUERY, ResourceOperation.LISTEN), Duration.ofHours(1));

        JsonNode listed = JSON.readTree(signed(function, LIST, Map.of()).body());
        JsonNode refused = JSON.readTree(signed(function, CREATE, Map.of("name", "by function")).body());

        assertThat(listed.path("data").path("listTodos").path("items").findValuesAsText("name"))
                .contains("frank's", "grace's");
        assertThat(refused.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access createTodo on type Mutation");
        assertThat(names(call(token("frank"), LIST, Map.of()))).containsExactly("frank's");
    }

    /** Each subscriber to onCreateTodo gets only the todos it owns, and reads their owner as the username. */
    @Test
    void subscribersReceiveOnlyTheirOwnTodos() throws Exception {
        String alice = token("alice");
        String bob = token("bob");
        try (RealtimeTestClient aliceSocket = subscribed(alice); RealtimeTestClient bobSocket = subscribed(bob)) {
            create("alice", "alice's news");
            create("bob", "bob's news");

            assertThat(createdName(aliceSocket)).isEqualTo("alice's news");
            assertThat(createdName(bobSocket)).as("bob's first event is his own, not alice's").isEqualTo("bob's news");
        }
    }

    @Test
    void aTokenThatIsNotAJwtIsUnauthorized() throws Exception {
        assertRejected(call("not-a-jwt", LIST, Map.of()), "Unable to parse JWT token.");
    }

    @Test
    void anExpiredTokenIsUnauthorized() throws Exception {
        String expired = pool.mint(TokenRequest.forUser("alice").issuedAt(Instant.now().minus(Duration.ofHours(2)))
                .validity(Duration.ofHours(1)).build());

        assertRejected(call(expired, LIST, Map.of()), "Token has expired.");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsUnauthorized() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("attacker").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker").build(),
                new JWTClaimsSet.Builder().issuer(pool.issuer()).subject("x").claim("username", "alice")
                        .claim("token_use", "access").expirationTime(Date.from(Instant.now().plusSeconds(600)))
                        .build());
        forged.sign(new RSASSASigner(otherKey));

        assertRejected(call(forged.serialize(), LIST, Map.of()), "You are not authorized to make this call.");
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthorized() throws Exception {
        assertRejected(call(null, LIST, Map.of()), "Valid authorization header not provided.");
    }

    @Test
    void theLocalPoolServesItsPublicKeys() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(server.graphqlEndpoint()
                .resolve("/.well-known/jwks.json")).GET().build(), HttpResponse.BodyHandlers.ofString());

        JsonNode key = JSON.readTree(response.body()).path("keys").get(0);
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.has("d")).as("the private exponent is never served").isFalse();
    }

    private static Backend schema2WithAdmins() {
        var dataAccess = defineFunction(DataAccess.class);
        var schema = a.schema(model("Todo", a.model(field("name", a.string()), field("description", a.string()))
                        .authorization(allow -> List.of(allow.owner(), allow.group("Admin")))))
                .authorization(allow -> List.of(
                        allow.resource(dataAccess).to(ResourceOperation.QUERY, ResourceOperation.LISTEN)));
        return Backend.of(defineAuth(), defineData(DataProps.of(schema)), dataAccess);
    }

    private static String token(String user) {
        return api.token(user);
    }

    private static String create(String user, String name) throws Exception {
        return data(call(token(user), CREATE, Map.of("name", name)), "createTodo").path("id").asText();
    }

    private static HttpResponse<String> call(@Nullable String token, String query, Map<String, Object> variables)
            throws Exception {
        return api.call(token, query, variables);
    }

    private static HttpResponse<String> signed(FunctionCredentials credentials, String query,
            Map<String, Object> variables) throws Exception {
        byte[] body = UserPoolApi.body(query, variables);
        return IamRequests.send(HTTP, IamRequests.signed(server.graphqlEndpoint(), credentials, body, "us-east-1"),
                body);
    }

    /** Returns a socket authenticated with {@code token} and subscribed to {@code onCreateTodo}. */
    private static RealtimeTestClient subscribed(String token) throws Exception {
        return RealtimeFixture.subscribedWithToken(server, token, "subscription { onCreateTodo { id name owner } }");
    }

    private static String createdName(RealtimeTestClient socket) throws Exception {
        JsonNode todo = socket.nextOfType("data").path("payload").path("data").path("onCreateTodo");
        assertThat(todo.path("owner").asText()).isEqualTo(todo.path("name").asText().split("'")[0]);
        return todo.path("name").asText();
    }

    private static List<String> names(HttpResponse<String> response) throws Exception {
        return data(response, "listTodos").path("items").findValuesAsText("name");
    }

    private static void assertUnauthorized(HttpResponse<String> response, String field, String type)
            throws Exception {
        JsonNode body = UserPoolApi.assertUnauthorizedError(response,
                "Not Authorized to access " + field + " on type " + type);
        assertThat(body.path("data").path(field).isNull()).as(response.body()).isTrue();
    }
}
