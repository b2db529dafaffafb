package dev.forte.cli.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.client.DataClient;
import java.util.Map;

/** Creates a todo named after its event's {@code arguments.name} through the data API, with its own credentials. */
public class TodoCreator implements RequestHandler<Map<String, Object>, Object> {
    @Override
    @SuppressWarnings("unchecked")
    public Object handleRequest(Map<String, Object> event, Context context) {
        Object name = ((Map<String, Object>) event.get("arguments")).get("name");
        return DataClient.fromEnvironment().graphql(
                "mutation Create($name: String) { createTodo(input: {name: $name}) { id } }",
                Map.of("name", name)).data();
    }
}
