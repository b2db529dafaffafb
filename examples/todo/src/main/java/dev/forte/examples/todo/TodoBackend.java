package dev.forte.examples.todo;

import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.customType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.query;
import static dev.forte.schema.ResourceOperation.QUERY;

import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/**
 * The Todo backend of Amplify's getting-started guide, served by Forte with a public API key; the function
 * {@code data-access} ({@link DataAccessHandler}) granted access to its data; the same function written with the
 * typed model API, {@code typed-data-access} ({@link TypedDataAccessHandler}), and with the generated Java
 * statements, {@code statements-data-access} ({@link StatementsDataAccessHandler}); and the custom query
 * {@code todoSummary}, answered by the function {@code todo-summary} ({@link TodoSummaryHandler}), which may read.
 */
public final class TodoBackend implements BackendDefinition {

    @Override
    public Backend define() {
        var dataAccess = defineFunction(DataAccessHandler.class);
        var typedDataAccess = defineFunction(TypedDataAccessHandler.class);
        var statementsDataAccess = defineFunction(StatementsDataAccessHandler.class);
        var todoSummary = defineFunction(TodoSummaryHandler.class);
        var schema = a.schema(
                        model("Todo", a.model(
                                field("name", a.string().required()),
                                field("description", a.string()),
                                field("isDone", a.boolean_().default_(false)),
                                field("priority", a.enumOf("LOW", "MEDIUM", "HIGH")))),
                        customType("TodoSummary", a.customType(
                                field("total", a.integer().required()),
                                field("done", a.integer().required()))),
                        query("todoSummary", a.query()
                                .returns(a.ref("TodoSummary"))
                                .handler(a.handler.function(todoSummary))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(dataAccess),
                        allow.resource(typedDataAccess), allow.resource(statementsDataAccess),
                        allow.resource(todoSummary).to(QUERY)));
        return Backend.of(defineData(DataProps.of(schema)), dataAccess, typedDataAccess, statementsDataAccess,
                todoSummary);
    }
}
