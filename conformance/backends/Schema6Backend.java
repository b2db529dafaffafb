import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.customType;
import static dev.forte.data.a.enumType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.mutation;
import static dev.forte.data.a.query;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.data.a;
import dev.forte.schema.ResourceOperation;
import java.util.List;
import java.util.Map;

/**
 * conformance/corpus/schema6.ts: custom queries and mutations answered by functions, every kind of return type and
 * argument, own and inherited rules, an async mutation.
 */
public class Schema6Backend implements BackendDefinition {

    @Override
    public Backend define() {
        var todoSummary = defineFunction(FunctionProps.builder(Stub.class).name("todo-summary").build());
        var echo = defineFunction(FunctionProps.builder(Stub.class).name("echo").build());
        var notify = defineFunction(FunctionProps.builder(Stub.class).name("notify").build());
        var schema = a.schema(
                        enumType("Priority", a.enumOf("LOW", "HIGH")),
                        model("Todo", a.model(
                                field("name", a.string()),
                                field("isDone", a.boolean_()))),
                        customType("TodoStats", a.customType(
                                field("total", a.integer().required()),
                                field("done", a.integer()),
                                field("names", a.string().array()))),
                        customType("Range", a.customType(
                                field("from", a.integer()),
                                field("to", a.integer()))),
                        query("todoSummary", a.query()
                                .arguments(field("prefix", a.string()), field("limit", a.integer().required()))
                                .returns(a.ref("TodoStats"))
                                .handler(a.handler.function(todoSummary))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        query("echo", a.query()
                                .arguments(field("text", a.string().required()), field("level", a.ref("Priority")),
                                        field("tags", a.string().array()), field("range", a.ref("Range")))
                                .returns(a.string())
                                .handler(a.handler.function(echo))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        query("echoList", a.query()
                                .arguments(field("text", a.string()))
                                .returns(a.string().required().array().required())
                                .handler(a.handler.function(echo))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        query("echoPriority", a.query()
                                .returns(a.ref("Priority"))
                                .handler(a.handler.function(echo))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        query("inlineEnum", a.query()
                                .returns(a.enumOf("ON", "OFF"))
                                .handler(a.handler.function(echo))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        query("inlineType", a.query()
                                .returns(a.customType(field("count", a.integer()), field("label", a.string().required())))
                                .handler(a.handler.function(echo))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        query("inherited", a.query()
                                .returns(a.integer())
                                .handler(a.handler.function(echo))),
                        mutation("markDone", a.mutation()
                                .arguments(field("id", a.id().required()))
                                .returns(a.ref("Todo"))
                                .handler(a.handler.function(todoSummary))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        query("recentTodos", a.query()
                                .returns(a.ref("Todo").array())
                                .handler(a.handler.function(todoSummary))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        mutation("notifyAll", a.mutation()
                                .arguments(field("message", a.string().required()))
                                .returns(a.string())
                                .handler(a.handler.function(notify).async())
                                .authorization(allow -> List.of(allow.publicApiKey()))))
                .authorization(allow -> List.of(allow.publicApiKey(),
                        allow.resource(todoSummary).to(ResourceOperation.QUERY)));
        return Backend.of(defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()), todoSummary, echo, notify);
    }

    /** The corpus only needs function references; this handler is never invoked. */
    public static final class Stub implements RequestHandler<Map<String, Object>, Object> {
        @Override
        public Object handleRequest(Map<String, Object> event, Context context) {
            return null;
        }
    }
}
