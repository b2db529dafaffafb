package dev.forte.cli.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.client.DataClient;
import java.util.Map;

/**
 * Answers {@code todoStats(prefix)} by listing the todos through the data API with its own credentials and
 * counting those whose name starts with the prefix; a prefix of {@code fail} makes it throw.
 */
public class TodoStatsHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        String prefix = String.valueOf(((Map<String, Object>) event.get("arguments")).get("prefix"));
        if (prefix.equals("fail")) {
            throw new IllegalArgumentException("No stats for prefix `fail`");
        }
        var names = DataClient.fromEnvironment().graphql("{ listTodos { items { name } } }").data()
                .path("listTodos").path("items").findValuesAsText("name");
        long matching = names.stream().filter(name -> name.startsWith(prefix)).count();
        return Map.of("total", names.size(), "matching", matching);
    }
}
