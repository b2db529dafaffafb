package dev.forte.examples.todo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.Backend;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.ResourceGrant;
import dev.forte.schema.ResourceOperation;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The example declares its functions, the data API they are granted and the custom query one answers. */
class TodoBackendTest {
    @Test
    void grantsTheDataAccessFunctionQueryMutateAndListen() {
        Backend backend = new TodoBackend().define();

        assertThat(backend.function("data-access")).hasValueSatisfying(function ->
                assertThat(function.handlerClassName()).isEqualTo(DataAccessHandler.class.getName()));
        assertThat(backend.grant(backend.function("data-access").orElseThrow()))
                .contains(new ResourceGrant("data-access", Set.of(ResourceOperation.values())));
    }

    @Test
    void grantsTheTypedDataAccessFunctionTheDataApiToo() {
        Backend backend = new TodoBackend().define();

        assertThat(backend.function("typed-data-access")).hasValueSatisfying(function ->
                assertThat(function.handlerClassName()).isEqualTo(TypedDataAccessHandler.class.getName()));
        assertThat(backend.grant(backend.function("typed-data-access").orElseThrow()))
                .contains(new ResourceGrant("typed-data-access", Set.of(ResourceOperation.values())));
    }

    @Test
    void answersTodoSummaryWithAFunctionThatMayOnlyRead() {
        Backend backend = new TodoBackend().define();

        CustomOperation summary = backend.data().schema().operations().get(0);
        assertThat(summary.name()).isEqualTo("todoSummary");
        assertThat(summary.handler().functionName()).isEqualTo("todo-summary");
        assertThat(backend.function("todo-summary")).hasValueSatisfying(function ->
                assertThat(function.handlerClassName()).isEqualTo(TodoSummaryHandler.class.getName()));
        assertThat(backend.grant(backend.function("todo-summary").orElseThrow()))
                .contains(new ResourceGrant("todo-summary", Set.of(ResourceOperation.QUERY)));
    }
}
