import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.customType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.mutation;
import static dev.forte.data.a.query;
import static dev.forte.schema.ResourceOperation.MUTATE;
import static dev.forte.schema.ResourceOperation.QUERY;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.cli.testhandlers.TodoCreator;
import dev.forte.cli.testhandlers.TodoStatsHandler;
import dev.forte.data.a;
import java.util.List;
import java.util.Map;

/**
 * Todo with custom operations answered by functions: an event echo (its handler declared in this file, so the
 * worker loads it from the compiled file), stats from the data API, an async creator.
 */
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

    /** Answers with the resolver event it received, as JSON text. */
    public static final class ResolverEventEcho implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            try {
                return new ObjectMapper().writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
