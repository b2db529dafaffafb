package dev.forte.client;

import static dev.forte.client.TodoTestServer.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.schema.ResourceOperation;
import dev.forte.server.FunctionCredentials;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client as a function granted data access uses it: configured from the variables Forte sets, signing with
 * the temporary credentials Forte issued (taken here from the server's internal credential store).
 */
class DataClientIamEndToEndTest {
    @TempDir
    static Path dataDirectory;

    private static TodoTestServer server;

    @BeforeAll
    static void startServer() {
        server = TodoTestServer.start(dataDirectory);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, String> environmentOf(String region, ResourceOperation... granted) {
        FunctionCredentials credentials = server.issueFunctionCredentials(granted);
        return Map.of(
                "amplifyData_GRAPHQL_ENDPOINT", server.server().graphqlEndpoint().toString(),
                "AMPLIFY_DATA_DEFAULT_NAME", "amplifyData",
                "AWS_REGION", region,
                "AWS_ACCESS_KEY_ID", credentials.accessKeyId(),
                "AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey(),
                "AWS_SESSION_TOKEN", credentials.sessionToken());
    }

    @Test
    void aGrantedFunctionCreatesAndListsTodosWithSignedRequests() {
        DataClient client = DataClient.fromEnvironment(
                environmentOf(REGION, ResourceOperation.QUERY, ResourceOperation.MUTATE));
        ModelClient todos = client.models().get("Todo");

        ModelResult<Map<String, Object>> created = todos.create(Map.of("name", "My first todo"));
        Page<Map<String, Object>> page = todos.list(Map.of("name", Map.of("eq", "My first todo")), null, null);

        assertThat(created.errors()).isEmpty();
        assertThat(page.items()).extracting(item -> item.get("id"))
                .contains(created.item().orElseThrow().get("id"));
    }

    @Test
    void aMutationOutsideTheGrantIsAnUnauthorizedErrorValue() {
        DataClient client = DataClient.fromEnvironment(environmentOf(REGION, ResourceOperation.QUERY));

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
        DataClient client = DataClient.fromEnvironment(environmentOf("us-east-1", ResourceOperation.QUERY));

        assertThatThrownBy(() -> client.graphql("query { listTodos { items { id } } }"))
                .isInstanceOfSatisfying(DataClientException.class, e -> {
                    assertThat(e.status()).hasValue(403);
                    assertThat(e.errorType()).hasValue("InvalidSignatureException");
                });
    }
}
