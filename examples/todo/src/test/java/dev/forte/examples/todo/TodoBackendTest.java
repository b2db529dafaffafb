package dev.forte.examples.todo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.Backend;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.ResourceGrant;
import dev.forte.schema.ResourceOperation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example declares its functions, the data API they are granted and the custom query one answers. */
class TodoBackendTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"data-access, DataAccessHandler", "typed-data-access, TypedDataAccessHandler",
        "statements-data-access, StatementsDataAccessHandler"})
    void grantsEachDataAccessFunctionQueryMutateAndListen(String name, String handler) {
        Backend backend = new TodoBackend().define();

        assertThat(backend.function(name)).hasValueSatisfying(function -> assertThat(function.handlerClassName())
                .isEqualTo(TodoBackend.class.getPackageName() + '.' + handler));
        assertThat(backend.grant(backend.function(name).orElseThrow()))
                .contains(new ResourceGrant(name, Set.of(ResourceOperation.values())));
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
