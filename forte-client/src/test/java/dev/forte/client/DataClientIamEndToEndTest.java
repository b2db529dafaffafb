package dev.forte.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.schema.ResourceOperation;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client as a function granted data access uses it: configured from the variables Forte sets, signing with
 * the temporary credentials Forte issued (taken here from the server's internal credential store).
 */
class DataClientIamEndToEndTest {
    private static final String REGION = "eu-west-2";

    @TempDir
    static Path dataDirectory;

    private static ForteServer server;

    @BeforeAll
    static void startServer() {
        server = ForteServer.start(ForteConfig.builder(TodoTestBackend.define())
                .port(0).dataDirectory(dataDirectory).region(REGION).build());
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, String> environmentOf(FunctionCredentials credentials, String region) {
        return Map.of(
                "amplifyData_GRAPHQL_ENDPOINT", server.graphqlEndpoint().toString(),
                "AMPLIFY_DATA_DEFAULT_NAME", "amplifyData",
                "AWS_REGION", region,
                "AWS_ACCESS_KEY_ID", credentials.accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey(),
                "AWS_SESSION_TOKEN", credentials.sessionToken());
    }

    private static FunctionCredentials issue(ResourceOperation... operations) {
        return server.issueFunctionCredentials("data-access", Set.of(operations), Duration.ofHours(1));
    }

    @Test
    void aGrantedFunctionCreatesAndListsTodosWithSignedRequests() {
        DataClient client = DataClient.fromEnvironment(
                environmentOf(issue(ResourceOperation.QUERY, ResourceOperation.MUTATE), REGION));
        ModelClient todos = client.models().get("Todo");

        ModelResult<Map<String, Object>> created = todos.create(Map.of("name", "My first todo"));
        Page<Map<String, Object>> page = todos.list(Map.of("name", Map.of("eq", "My first todo")), null, null);

        assertThat(created.errors()).isEmpty();
        assertThat(page.items()).extracting(item -> item.get("id"))
                .contains(created.item().orElseThrow().get("id"));
    }

    @Test
    void aMutationOutsideTheGrantIsAnUnauthorizedErrorValue() {
        DataClient client = DataClient.fromEnvironment(environmentOf(issue(ResourceOperation.QUERY), REGION));

        GraphqlResponse response = client.graphql(
                "mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id } }",
                Map.of("input", Map.of("name", "Not allowed")));

        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat(error.errorType()).isEqualTo("Unauthorized");
            assertThat(error.message()).isEqualTo("Not Authorized to access createTodo on type Mutation");
        });
    }

    @Test
    void aRequestSignedForAnotherRegionIsRefusedWith403() {
        DataClient client = DataClient.fromEnvironment(environmentOf(issue(ResourceOperation.QUERY), "us-east-1"));

        assertThatThrownBy(() -> client.graphql("query { listTodos { items { id } } }"))
                .isInstanceOfSatisfying(DataClientException.class, e -> {
                    assertThat(e.status()).hasValue(403);
                    assertThat(e.errorType()).hasValue("InvalidSignatureException");
                });
    }
}
