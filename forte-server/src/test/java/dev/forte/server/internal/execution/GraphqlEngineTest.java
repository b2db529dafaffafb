package dev.forte.server.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.internal.auth.RequestIdentity;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GraphqlEngineTest {
    private final InMemoryModelStore store = new InMemoryModelStore();
    private final GraphqlEngine engine = EngineFixtures.engine(EngineFixtures.todo(), store);
    private final ObjectMapper json = new ObjectMapper();

    private String run(String query, Map<String, @Nullable Object> variables) throws Exception {
        GraphqlResponse response = engine.execute(new GraphqlRequest(query, variables, null), RequestIdentity.apiKey());
        return json.writeValueAsString(response.body());
    }

    @Test
    void printsErrors() throws Exception {
        System.out.println(run("{ badfield }", Map.of()));
        System.out.println(run("mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id } }",
                Map.of("input", Map.of("x", 1))));
        System.out.println(run("mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id } }",
                Map.of()));
        System.out.println(run("query ($id: ID!) { getTodo(id: $id) { id } }", java.util.Collections.singletonMap("id", null)));
        System.out.println(run("mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id dueAt priority createdAt } }",
                Map.of("input", Map.of("dueAt", "tomorrow"))));
        System.out.println(run("mutation ($input: CreateTodoInput!) { createTodo(input: $input) { id dueAt priority createdAt __typename } }",
                Map.of("input", Map.of("name", "x"))));
        System.out.println(run("{ listSecrets { items { id } } }", Map.of()));
        System.out.println(run("subscription { onCreateTodo { id } }", Map.of()));
        System.out.println(run("{ getTodo(id: \"1\") { id ", Map.of()));
        System.out.println(run("{ getTodo(id: 1) { id nope } }", Map.of()));
        assertThat(store.items).hasSize(1);
    }
}
