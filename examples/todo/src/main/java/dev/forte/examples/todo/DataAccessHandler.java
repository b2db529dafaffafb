package dev.forte.examples.todo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.client.DataClient;
import dev.forte.client.ModelClient;
import dev.forte.client.Page;
import java.util.Map;

/**
 * The function of Amplify's "functions with data access" guide: creates a todo and lists them through the data
 * API, signing with the IAM credentials its grant ({@code allow.resource(dataAccess)}) gave it. Run it with
 * {@code ./forte function invoke data-access} while {@code ./forte sandbox} runs.
 */
public final class DataAccessHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        ModelClient todos = DataClient.fromEnvironment().models().get("Todo");
        Map<String, Object> created = todos.create(Map.of("name", "My first todo")).orElseThrow();
        Page<Map<String, Object>> listed = todos.list();
        return Map.of("created", created, "listed", listed.items());
    }
}
