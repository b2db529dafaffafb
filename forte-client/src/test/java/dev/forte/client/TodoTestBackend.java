package dev.forte.client;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionDefinition;
import dev.forte.data.a;
import java.util.List;
import java.util.Map;

/**
 * The Todo backend of {@code examples/todo} (which depends on this client, so the client's tests keep their own
 * copy): {@code Todo { name!, description, isDone = false, priority: LOW|MEDIUM|HIGH }}, public API key, and the
 * function {@code data-access} granted the data API. Its handler never runs here.
 */
final class TodoTestBackend {
    private TodoTestBackend() {}

    static Backend define() {
        var dataAccess = new FunctionDefinition("data-access", "example.DataAccessHandler", 3, 512, Map.of(), List.of());
        var schema = a.schema(
                        model("Todo", a.model(
                                field("name", a.string().required()),
                                field("description", a.string()),
                                field("isDone", a.boolean_().default_(false)),
                                field("priority", a.enumOf("LOW", "MEDIUM", "HIGH")))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(dataAccess)));
        return Backend.of(defineData(DataProps.of(schema)), dataAccess);
    }
}
