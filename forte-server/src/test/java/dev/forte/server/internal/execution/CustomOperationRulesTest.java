package dev.forte.server.internal.execution;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.mutation;
import static dev.forte.data.a.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.Define;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.data.FunctionResource;
import dev.forte.data.a;
import dev.forte.schema.AuthProvider;
import dev.forte.server.FunctionInvocation;
import dev.forte.server.FunctionResult;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.transform.AppSyncTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may run a custom operation whose rules name signed-in users, as the field authorization step Amplify
 * generates for it decides ({@code Mutation.adminOnly.auth.req.vtl} of conformance schema7): a private rule admits
 * every user of the pool, a static group rule only the members of its groups, whether the rule is the operation's
 * own or the schema's. A refused caller gets AppSync's {@code Unauthorized} and the function does not run; an
 * admitted one's event carries AppSync's user-pool identity.
 */
class CustomOperationRulesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<FunctionInvocation> invocations = new ArrayList<>();

    private static DataDefinition backend() {
        FunctionResource who = () -> "who";
        return Define.defineData(DataProps.of(a.schema(
                        model("Todo", a.model(field("name", a.string()))),
                        query("adminReport", a.query().returns(a.string()).handler(a.handler.function(who))),
                        query("whoAmI", a.query().returns(a.string()).handler(a.handler.function(who))
                                .authorization(allow -> List.of(allow.authenticated()))),
                        mutation("opsTask", a.mutation().returns(a.string()).handler(a.handler.function(who))
                                .authorization(allow -> List.of(allow.groups(List.of("Ops", "Oncall")),
                                        allow.publicApiKey()))))
                .authorization(allow -> List.of(allow.group("Admin")))));
    }

    /** A schema whose rules admit signed-in users of an OpenID Connect provider, inherited by {@code whoAmI}. */
    private static DataDefinition oidcBackend() {
        FunctionResource who = () -> "who";
        var provider = OidcAuthorizationMode.builder("Corp", "https://idp.example").build();
        return Define.defineData(DataProps.builder(a.schema(
                        model("Todo", a.model(field("name", a.string()))),
                        query("whoAmI", a.query().returns(a.string()).handler(a.handler.function(who))))
                .authorization(allow -> List.of(allow.authenticated(AuthProvider.OIDC))))
                .oidcAuthorizationMode(provider).build());
    }

    private JsonNode run(String query, RequestIdentity identity) throws Exception {
        return run(backend(), query, identity);
    }

    private JsonNode run(DataDefinition data, String query, RequestIdentity identity) throws Exception {
        GraphqlEngine engine = GraphqlEngine.newEngine().transform(AppSyncTransform.transform(data))
                .schema(data.schema()).store(new InMemoryModelStore())
                .defaultMode(AuthMode.of(data.authorizationModes().defaultAuthorizationMode()))
                .changeFeed(new RecordingChangeFeed()).functionInvoker(invocation -> {
                    invocations.add(invocation);
                    return new FunctionResult("\"ran\"", false);
                }).build();
        GraphqlResponse response = engine.execute(new GraphqlRequest(query, Map.of(), null), identity,
                () -> new CallerRequest(Map.of(), "127.0.0.9"));
        return JSON.valueToTree(response.body());
    }

    private static RequestIdentity user(String username, List<String> groups) {
        return new RequestIdentity(AuthMode.AMAZON_COGNITO_USER_POOLS, Map.of("sub", "sub-" + username,
                "username", username, "iss", "https://pool.example", "cognito:groups", groups));
    }

    @Test
    void aUserOutsideTheInheritedGroupIsUnauthorizedAndTheFunctionDoesNotRun() throws Exception {
        JsonNode body = run("{ adminReport }", user("bob", List.of("Staff")));

        assertThat(invocations).isEmpty();
        assertThat(body.path("data").path("adminReport").isNull()).isTrue();
        assertThat(body.path("errors").get(0).path("errorType").asText()).isEqualTo("Unauthorized");
        assertThat(body.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access adminReport on type Query");
    }

    @Test
    void aMemberOfTheInheritedGroupRunsTheFunction() throws Exception {
        JsonNode body = run("{ adminReport }", user("alice", List.of("Staff", "Admin")));

        assertThat(body.path("data").path("adminReport").asText()).isEqualTo("ran");
        assertThat(invocations).hasSize(1);
    }

    @Test
    void aMemberOfAnyOfTheOperationsGroupsRunsItAndOthersAreUnauthorized() throws Exception {
        JsonNode member = run("mutation { opsTask }", user("carol", List.of("Oncall")));
        JsonNode admin = run("mutation { opsTask }", user("alice", List.of("Admin")));

        assertThat(member.path("data").path("opsTask").asText()).isEqualTo("ran");
        assertThat(admin.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access opsTask on type Mutation");
        assertThat(invocations).hasSize(1);
    }

    @Test
    void theApiKeyRuleBesideAGroupRuleStillAdmitsTheKey() throws Exception {
        JsonNode body = run("mutation { opsTask }", RequestIdentity.apiKey());

        assertThat(body.path("data").path("opsTask").asText()).isEqualTo("ran");
        assertThat(JSON.readTree(invocations.get(0).payloadJson()).path("identity").isNull()).isTrue();
    }

    @Test
    void anAuthenticatedOperationRunsForEveryUserWithAppSyncsUserPoolIdentityInTheEvent() throws Exception {
        JsonNode body = run("{ whoAmI }", user("dave", List.of()));

        assertThat(body.path("data").path("whoAmI").asText()).isEqualTo("ran");
        JsonNode identity = JSON.readTree(invocations.get(0).payloadJson()).path("identity");
        assertThat(identity.path("sub").asText()).isEqualTo("sub-dave");
        assertThat(identity.path("username").asText()).isEqualTo("dave");
        assertThat(identity.path("issuer").asText()).isEqualTo("https://pool.example");
        assertThat(identity.path("defaultAuthStrategy").asText()).isEqualTo("ALLOW");
        assertThat(identity.path("sourceIp").get(0).asText()).isEqualTo("127.0.0.9");
        assertThat(identity.path("groups").isArray()).isTrue();
        assertThat(identity.path("claims").path("username").asText()).isEqualTo("dave");
    }

    @Test
    void anIdTokensCognitoUsernameIsTheIdentitysUsernameAndNoGroupsIsNull() throws Exception {
        run("{ whoAmI }", new RequestIdentity(AuthMode.AMAZON_COGNITO_USER_POOLS,
                Map.of("sub", "sub-erin", "cognito:username", "erin", "iss", "https://pool.example")));

        JsonNode identity = JSON.readTree(invocations.get(0).payloadJson()).path("identity");
        assertThat(identity.path("username").asText()).isEqualTo("erin");
        assertThat(identity.path("groups").isNull()).isTrue();
    }

    @Test
    void anOpenIdConnectCallersEventCarriesItsClaimsIssuerAndSub() throws Exception {
        JsonNode body = run(oidcBackend(), "{ whoAmI }", new RequestIdentity(AuthMode.OPENID_CONNECT,
                Map.of("sub", "f81d4fae", "iss", "https://idp.example", "groups", List.of("Admin"))));

        assertThat(body.path("data").path("whoAmI").asText()).isEqualTo("ran");
        JsonNode identity = JSON.readTree(invocations.get(0).payloadJson()).path("identity");
        assertThat(identity.path("sub").asText()).isEqualTo("f81d4fae");
        assertThat(identity.path("issuer").asText()).isEqualTo("https://idp.example");
        assertThat(identity.path("claims").path("groups").get(0).asText()).isEqualTo("Admin");
        assertThat(identity.has("username")).isFalse();
    }
}
