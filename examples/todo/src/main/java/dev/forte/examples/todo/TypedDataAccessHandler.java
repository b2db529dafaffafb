package dev.forte.examples.todo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.client.DataClient;
import dev.forte.client.TypedModelClient;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link DataAccessHandler} again, written with the typed model API and no generated files: the {@link Todo} record
 * is the item type, and the client comes from the variables Forte sets for a granted function. Run it with {@code
 * ./forte function invoke typed-data-access} while {@code ./forte sandbox} runs.
 */
public final class TypedDataAccessHandler implements RequestHandler<Map<String, Object>, Object> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<DataClient> client;

    /** The handler the function host creates: its client is configured from the environment on first use. */
    public TypedDataAccessHandler() {
        this(DataClient::fromEnvironment);
    }

    TypedDataAccessHandler(Supplier<DataClient> client) {
        this.client = client;
    }

    @Override
    public Object handleRequest(Map<String, Object> event, Context context) {
        TypedModelClient<Todo> todos = client.get().models(Todo.class);
        Todo created = todos.create(Todo.named("My first typed todo")).orElseThrow();
        List<Todo> listed = todos.list().items();
        return JSON.convertValue(Map.of("created", created, "listed", listed), Object.class);
    }
}
