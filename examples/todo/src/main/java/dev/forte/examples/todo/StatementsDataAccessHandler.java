package dev.forte.examples.todo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.client.DataClient;
import dev.forte.client.GraphqlResponse;
import dev.forte.examples.todo.graphql.CreateTodoInput;
import dev.forte.examples.todo.graphql.Mutations;
import dev.forte.examples.todo.graphql.Mutations.CreateTodoResult;
import dev.forte.examples.todo.graphql.Mutations.CreateTodoVariables;
import dev.forte.examples.todo.graphql.Queries;
import dev.forte.examples.todo.graphql.Queries.ListTodosResult;
import dev.forte.examples.todo.graphql.Queries.ListTodosVariables;
import dev.forte.examples.todo.graphql.Todo;
import dev.forte.examples.todo.graphql.TodoPriority;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link DataAccessHandler} again, written with the Java statements generated from this backend's schema (package
 * {@link dev.forte.examples.todo.graphql}, regenerated with {@code forte generate graphql-client-code
 * --statement-target java}): the documents are constants, the variables and results are records. Run it with {@code
 * ./forte function invoke statements-data-access} while {@code ./forte sandbox} runs.
 */
public final class StatementsDataAccessHandler implements RequestHandler<Map<String, Object>, Object> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<DataClient> client;

    /** The handler the function host creates: its client is configured from the environment on first use. */
    public StatementsDataAccessHandler() {
        this(DataClient::fromEnvironment);
    }

    StatementsDataAccessHandler(Supplier<DataClient> client) {
        this.client = client;
    }

    @Override
    public Object handleRequest(Map<String, Object> event, Context context) {
        DataClient api = client.get();
        Todo created = dataOf(api.graphql(Mutations.CREATE_TODO, new CreateTodoVariables(
                new CreateTodoInput("My first generated todo").withPriority(TodoPriority.HIGH))),
                CreateTodoResult.class).createTodo();
        List<Todo> listed = dataOf(api.graphql(Queries.LIST_TODOS, new ListTodosVariables()),
                ListTodosResult.class).listTodos().items();
        return JSON.convertValue(Map.of("created", created, "listed", listed), Object.class);
    }

    private static <T> T dataOf(GraphqlResponse response, Class<T> type) {
        T data = response.data(type);
        if (response.hasErrors() || data == null) {
            throw new IllegalStateException("The data API refused the request: " + response.errors());
        }
        return data;
    }
}
