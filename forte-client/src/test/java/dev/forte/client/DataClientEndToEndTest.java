package dev.forte.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against a real Forte server serving the example Todo backend on embedded PostgreSQL. */
class DataClientEndToEndTest {
    @TempDir
    static Path dataDirectory;

    private static TodoTestServer server;
    private static DataClient client;

    @BeforeAll
    static void startServer() {
        server = TodoTestServer.start(dataDirectory);
        client = server.apiKeyClient();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void graphqlCreatesAndListsTodos() {
        String name = "graphql " + UUID.randomUUID();
        GraphqlResponse created = client.graphql(
                "mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id name isDone } }",
                Map.of("input", Map.of("name", name)));

        assertThat(created.errors()).isEmpty();
        assertThat(created.data().path("createTodo").path("name").asText()).isEqualTo(name);
        assertThat(created.data().path("createTodo").path("isDone").asBoolean(true)).isFalse();

        GraphqlResponse listed = client.graphql(
                "query ($filter: ModelTodoFilterInput) { listTodos(filter: $filter) { items { id name } } }",
                Map.of("filter", Map.of("name", Map.of("eq", name))));

        assertThat(listed.data().path("listTodos").path("items").findValuesAsText("name")).containsExactly(name);
    }

    @Test
    void aFailedConditionIsAnAppSyncErrorReturnedAsAValue() {
        GraphqlResponse response = client.graphql("mutation ($input: CreateTodoInput!, $condition:"
                        + " ModelTodoConditionInput) { createTodo(input: $input, condition: $condition) { id } }",
                Map.of("input", Map.of("name", "conditional"),
                        "condition", Map.of("name", Map.of("eq", "something else"))));

        assertThat(response.data().path("createTodo").isNull()).isTrue();
        assertThat(response.errors()).singleElement().satisfies(error -> {
            assertThat(error.errorType()).isEqualTo("DynamoDB:ConditionalCheckFailedException");
            assertThat(error.message()).startsWith("The conditional request failed");
            assertThat(error.path()).containsExactly("createTodo");
        });
    }

    @Test
    void aWrongApiKeyIsRefusedWith401() {
        DataClient wrongKey = DataClient.builder().endpoint(server.server().graphqlEndpoint()).apiKey("da2-wrong")
                .build();

        assertThatThrownBy(() -> wrongKey.graphql("query { listTodos { items { id } } }"))
                .isInstanceOfSatisfying(DataClientException.class, e -> {
                    assertThat(e.status()).hasValue(401);
                    assertThat(e.errorType()).hasValue("UnauthorizedException");
                })
                .hasMessageContaining("answered 401 UnauthorizedException");
    }

    @Test
    void modelsLearnTheTodoModelFromTheSchema() {
        ModelClient todos = client.models().get("Todo");

        assertThat(todos.fields()).contains("id", "name", "description", "isDone", "priority", "createdAt",
                "updatedAt");
        assertThat(client.models().get("Todo")).isSameAs(todos);
    }

    @Test
    void modelsCreateGetUpdateAndDeleteATodo() {
        ModelClient todos = client.models().get("Todo");

        Map<String, Object> created = todos.create(Map.of("name", "model todo", "priority", "HIGH"))
                .item().orElseThrow();
        Object id = created.get("id");
        assertThat(created).containsEntry("name", "model todo").containsEntry("isDone", false)
                .containsEntry("priority", "HIGH").containsKeys("createdAt", "updatedAt");

        assertThat(todos.get(id).item()).hasValue(created);

        ModelResult<Map<String, Object>> updated = todos.update(Map.of("id", id, "isDone", true));
        assertThat(updated.errors()).isEmpty();
        assertThat(updated.item().orElseThrow()).containsEntry("isDone", true).containsEntry("name", "model todo");

        assertThat(todos.delete(Map.of("id", id)).item().orElseThrow()).containsEntry("id", id);
        ModelResult<Map<String, Object>> gone = todos.get(Map.of("id", id));
        assertThat(gone.item()).isEmpty();
        assertThat(gone.errors()).isEmpty();
    }

    @Test
    void modelsListPagesThroughEveryMatchingTodo() {
        ModelClient todos = client.models().get("Todo");
        String prefix = "paged " + UUID.randomUUID() + " ";
        Set<Object> createdIds = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            createdIds.add(todos.create(Map.of("name", prefix + i)).item().orElseThrow().get("id"));
        }
        Map<String, Object> filter = Map.of("name", Map.of("beginsWith", prefix));

        List<Object> seen = new ArrayList<>();
        Optional<String> nextToken = Optional.empty();
        int pages = 0;
        do {
            Page<Map<String, Object>> page = todos.list(filter, 2, nextToken.orElse(null));
            assertThat(page.errors()).isEmpty();
            assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
            page.items().forEach(item -> seen.add(item.get("id")));
            nextToken = page.nextToken();
            pages++;
        } while (nextToken.isPresent() && pages < 10);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(createdIds);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void modelsReturnAFailedUpdateAsAnErrorValue() {
        ModelResult<Map<String, Object>> result = client.models().get("Todo")
                .update(Map.of("id", "no-such-todo", "name", "x"));

        assertThat(result.item()).isEmpty();
        assertThat(result.errors()).singleElement()
                .satisfies(error -> assertThat(error.errorType()).isEqualTo("DynamoDB:ConditionalCheckFailedException"));
    }

    @Test
    void anUnknownModelIsAnErrorNamingIt() {
        assertThatThrownBy(() -> client.models().get("Nope"))
                .isInstanceOf(DataClientException.class)
                .hasMessageContaining("has no model `Nope`");
    }
}
