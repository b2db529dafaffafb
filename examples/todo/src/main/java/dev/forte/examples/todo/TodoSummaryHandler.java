package dev.forte.examples.todo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.client.DataClient;
import dev.forte.client.ModelClient;
import dev.forte.client.Page;
import java.util.Map;

/**
 * Answers the custom query {@code todoSummary}: reads every todo through the data API (its grant is
 * {@code allow.resource(todoSummary).to(QUERY)}) and counts them. The event is AppSync's resolver event; this
 * query takes no arguments, so it is not read.
 */
public final class TodoSummaryHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        ModelClient todos = DataClient.fromEnvironment().models().get("Todo");
        int total = 0;
        int done = 0;
        String nextToken = null;
        do {
            Page<Map<String, Object>> page = todos.list(null, 1000, nextToken);
            if (!page.errors().isEmpty()) {
                throw new IllegalStateException("listTodos failed: " + page.errors());
            }
            total += page.items().size();
            done += (int) page.items().stream().filter(todo -> Boolean.TRUE.equals(todo.get("isDone"))).count();
            nextToken = page.nextToken().orElse(null);
        } while (nextToken != null);
        return Map.of("total", total, "done", done);
    }
}
