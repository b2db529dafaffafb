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
import dev.forte.data.FunctionResource;
import dev.forte.data.a;
import dev.forte.schema.ResourceOperation;
import dev.forte.server.FunctionInvocation;
import dev.forte.server.FunctionInvocationException;
import dev.forte.server.FunctionInvoker;
import dev.forte.server.FunctionResult;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.auth.FunctionPrincipal;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.transform.AppSyncTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a custom operation's resolver talks to its function, through a recording {@link FunctionInvoker} (the
 * worker JVMs are exercised end to end in forte-cli's CustomOperationsTest).
 */
class FunctionResolversTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<FunctionInvocation> invocations = new ArrayList<>();

    private static DataDefinition backend() {
        FunctionResource stats = () -> "stats";
        return Define.defineData(DataProps.of(a.schema(
                        model("Todo", a.model(field("name", a.string()))),
                        query("stats", a.query().arguments(field("prefix", a.string()))
                                .returns(a.customType(field("total", a.integer())))
                                .handler(a.handler.function(stats))),
                        mutation("ping", a.mutation().returns(a.string()).handler(a.handler.function(stats).async())))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(stats)))));
    }

    private JsonNode run(String query, RequestIdentity identity, FunctionInvoker invoker) throws Exception {
        DataDefinition data = backend();
        FunctionInvoker recording = invocation -> {
            invocations.add(invocation);
            return invoker.invoke(invocation);
        };
        GraphqlEngine engine = GraphqlEngine.newEngine().transform(AppSyncTransform.transform(data))
                .schema(data.schema()).store(new InMemoryModelStore())
                .defaultMode(AuthMode.of(data.authorizationModes().defaultAuthorizationMode()))
                .changeFeed(new RecordingChangeFeed()).functionInvoker(recording).build();
        GraphqlResponse response = engine.execute(new GraphqlRequest(query, Map.of(), null), identity,
                () -> new CallerRequest(Map.of("x-probe", "1"), "127.0.0.7"));
        return JSON.valueToTree(response.body());
    }

    @Test
    void aFunctionCallerGetsAppSyncsIamIdentityInTheEvent() throws Exception {
        RequestIdentity function = RequestIdentity.function(new FunctionPrincipal("reporter",
                Set.of(ResourceOperation.QUERY)));

        JsonNode body = run("{ stats(prefix: \"a\") { total } }", function,
                invocation -> new FunctionResult("{\"total\":7}", false));

        assertThat(body.path("data").path("stats").path("total").asInt()).isEqualTo(7);
        JsonNode event = JSON.readTree(invocations.get(0).payloadJson());
        assertThat(invocations.get(0).functionName()).isEqualTo("stats");
        assertThat(invocations.get(0).type()).isEqualTo(FunctionInvocation.Type.REQUEST_RESPONSE);
        assertThat(event.path("identity").path("sourceIp").get(0).asText()).isEqualTo("127.0.0.7");
        assertThat(event.path("identity").path("userArn").asText())
                .isEqualTo("arn:aws:sts::000000000000:assumed-role/forte-function-reporter/reporter");
        assertThat(event.path("identity").path("cognitoIdentityPoolId").isNull()).isTrue();
        assertThat(event.path("request").path("headers").path("x-probe").asText()).isEqualTo("1");
    }

    @Test
    void aFunctionGrantedOnlyMutationsMayNotRunACustomQuery() throws Exception {
        RequestIdentity writer = RequestIdentity.function(new FunctionPrincipal("writer",
                Set.of(ResourceOperation.MUTATE)));

        JsonNode body = run("{ stats { total } }", writer, invocation -> new FunctionResult("{}", false));

        assertThat(invocations).isEmpty();
        assertThat(body.path("errors").get(0).path("errorType").asText()).isEqualTo("Unauthorized");
        assertThat(body.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access stats on type Query");
    }

    @Test
    void aFunctionThatCannotBeInvokedIsAnErrorOnTheField() throws Exception {
        JsonNode body = run("{ stats { total } }", RequestIdentity.apiKey(), FunctionInvoker.NONE);

        assertThat(body.path("data").path("stats").isNull()).isTrue();
        assertThat(body.path("errors").get(0).path("errorType").asText()).isEqualTo("Lambda:ResourceNotFoundException");
        assertThat(body.path("errors").get(0).path("message").asText()).contains("No function host runs function `stats`");
    }

    @Test
    void anAsyncOperationIsInvokedAsAnEventAndAnswersSuccess() throws Exception {
        JsonNode body = run("mutation { ping { success } }", RequestIdentity.apiKey(),
                invocation -> FunctionResult.queued());

        assertThat(body.path("data").path("ping").path("success").asBoolean()).isTrue();
        assertThat(invocations.get(0).type()).isEqualTo(FunctionInvocation.Type.EVENT);
    }

    @Test
    void anAsyncOperationWhoseInvocationFailsAnswersSuccessFalseAndTheError() throws Exception {
        JsonNode body = run("mutation { ping { success } }", RequestIdentity.apiKey(), invocation -> {
            throw new FunctionInvocationException("host closed");
        });

        assertThat(body.path("data").path("ping").path("success").asBoolean(true)).isFalse();
        assertThat(body.path("errors").get(0).path("message").asText()).isEqualTo("host closed");
    }
}
