package dev.forte.server.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.internal.auth.RequestIdentity;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GraphqlEngineTest {
    private final InMemoryModelStore store = new InMemoryModelStore();
    private final RecordingChangeFeed changes = new RecordingChangeFeed();
    private final GraphqlEngine engine = EngineFixtures.engine(EngineFixtures.todo(), store, changes);
    private final ObjectMapper json = new ObjectMapper();

    private String run(String query, Map<String, @Nullable Object> variables) throws Exception {
        GraphqlResponse response = engine.execute(new GraphqlRequest(query, variables, null), RequestIdentity.apiKey());
        return json.writeValueAsString(response.body());
    }

    @Test
    void createFillsDefaultsAndServesTypename() throws Exception {
        String body = run("mutation ($input: CreateTodoInput!) { createTodo(input: $input) { priority __typename } }",
                Map.of("input", Map.of("name", "x")));

        assertThat(body).isEqualTo("{\"data\":{\"createTodo\":{\"priority\":3,\"__typename\":\"Todo\"}}}");
        assertThat(store.items).hasSize(1);
    }

    @Test
    void publishesEveryCommittedWriteWithTheWholeItemWhateverTheMutationSelected() throws Exception {
        run("mutation { createTodo(input: {id: \"t1\", name: \"x\"}) { id } }", Map.of());
        run("mutation { updateTodo(input: {id: \"t1\", name: \"y\"}) { id } }", Map.of());
        run("mutation { deleteTodo(input: {id: \"t1\"}) { id } }", Map.of());

        assertThat(changes.published).extracting(c -> c.mutationField(), c -> c.item().get("name"), c -> c.itemKey())
                .containsExactly(tuple("createTodo", "x", "2:t1"), tuple("updateTodo", "y", "2:t1"),
                        tuple("deleteTodo", "y", "2:t1"));
        assertThat(changes.published.get(0).item()).containsKeys("createdAt", "updatedAt", "priority");
        assertThat(changes.published).extracting(c -> c.sequence()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void publishesNothingForAWriteWhoseConditionFailed() throws Exception {
        String body = run("mutation { updateTodo(input: {id: \"missing\", name: \"y\"}) { id } }", Map.of());

        assertThat(body).contains("ConditionalCheckFailedException");
        assertThat(changes.published).isEmpty();
    }

    @Test
    void missingNonNullVariableUsesAppSyncsMessageWithNullPathAndLocations() throws Exception {
        String body = run("query ($id: ID!) { getTodo(id: $id) { id } }", java.util.Collections.singletonMap("id", null));

        assertThat(body).isEqualTo("{\"data\":null,\"errors\":[{\"path\":null,\"locations\":null,\"message\":"
                + "\"Variable 'id' has coerced Null value for NonNull type 'ID!'\"}]}");
    }

    @Test
    void missingRequiredInputFieldNamesTheVariableInAppSyncsWords() throws Exception {
        String body = run("mutation ($input: UpdateTodoInput!) { updateTodo(input: $input) { id } }",
                Map.of("input", Map.of("name", "no id")));

        assertThat(body).isEqualTo("{\"data\":null,\"errors\":[{\"path\":null,\"locations\":null,\"message\":"
                + "\"Variable 'input' has coerced Null value for NonNull type 'ID!'\"}]}");
    }

    @Test
    void nestedUndefinedFieldNamesItsQueryPath() throws Exception {
        String body = run("{ getTodo(id: 1) { id nope } }", Map.of());

        assertThat(body).contains("Validation error of type FieldUndefined: Field 'nope' in type 'Todo' is undefined "
                + "@ 'getTodo/nope'").contains("\"sourceName\":null");
    }

    @Test
    void subscriptionIsRejectedAsAWholeRequest() {
        GraphqlResponse response = engine.execute(new GraphqlRequest("subscription { onCreateTodo { id } }", Map.of(),
                null), RequestIdentity.apiKey());

        assertThat(response.rejectedAs()).isEqualTo("BadRequestException");
    }

    @Test
    void limitBelowOneIsAnErrorAndAboveAThousandIsCappedPerPage() throws Exception {
        assertThat(run("{ listTodos(limit: 0) { items { id } } }", Map.of())).contains("Member must have value "
                + "greater than or equal to 1");
        run("{ listTodos(limit: 5000) { items { id } } }", Map.of());
        assertThat(store.queries).last().extracting(q -> q.limit()).isEqualTo(1000);
    }
}
