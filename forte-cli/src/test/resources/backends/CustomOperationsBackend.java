import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.customType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.mutation;
import static dev.forte.data.a.query;
import static dev.forte.schema.ResourceOperation.MUTATE;
import static dev.forte.schema.ResourceOperation.QUERY;

import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.cli.testhandlers.ResolverEventEcho;
import dev.forte.cli.testhandlers.TodoCreator;
import dev.forte.cli.testhandlers.TodoStatsHandler;
import dev.forte.data.a;
import java.util.List;

/** Todo with custom operations answered by functions: an event echo, stats from the data API, an async creator. */
public class CustomOperationsBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var echo = defineFunction(FunctionProps.builder(ResolverEventEcho.class).name("echo").build());
        var stats = defineFunction(FunctionProps.builder(TodoStatsHandler.class).name("stats")
                .timeoutSeconds(30).build());
        var creator = defineFunction(FunctionProps.builder(TodoCreator.class).name("creator")
                .timeoutSeconds(30).build());
        var schema = a.schema(
                        model("Todo", a.model(field("name", a.string()))),
                        customType("Range", a.customType(field("from", a.integer()), field("to", a.integer()))),
                        query("echo", a.query()
                                .arguments(field("text", a.string().required()), field("range", a.ref("Range")))
                                .returns(a.string())
                                .handler(a.handler.function(echo))),
                        query("todoStats", a.query()
                                .arguments(field("prefix", a.string().required()))
                                .returns(a.customType(field("total", a.integer().required()),
                                        field("matching", a.integer())))
                                .handler(a.handler.function(stats))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        mutation("createLater", a.mutation()
                                .arguments(field("name", a.string().required()))
                                .returns(a.string())
                                .handler(a.handler.function(creator).async())))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(stats).to(QUERY),
                        allow.resource(creator).to(QUERY, MUTATE)));
        return Backend.of(defineData(DataProps.of(schema)), echo, stats, creator);
    }
}
