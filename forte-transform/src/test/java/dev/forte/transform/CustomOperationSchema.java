package dev.forte.transform;

import static dev.forte.data.a.customType;
import static dev.forte.data.a.enumType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.mutation;
import static dev.forte.data.a.query;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.Define;
import dev.forte.data.FunctionResource;
import dev.forte.data.OperationDefinition;
import dev.forte.data.a;
import dev.forte.schema.ResourceOperation;
import java.util.List;

/** Conformance schemas 6 and 7 ({@code conformance/schemaN/schemaN.ts}) in the Java DSL: custom operations. */
final class CustomOperationSchema {
    private CustomOperationSchema() {}

    static DataDefinition schema6() {
        FunctionResource todoSummary = () -> "todo-summary";
        FunctionResource echo = () -> "echo";
        FunctionResource notify = () -> "notify";
        var schema = a.schema(
                        enumType("Priority", a.enumOf("LOW", "HIGH")),
                        model("Todo", a.model(field("name", a.string()), field("isDone", a.boolean_()))),
                        customType("TodoStats", a.customType(field("total", a.integer().required()),
                                field("done", a.integer()), field("names", a.string().array()))),
                        customType("Range", a.customType(field("from", a.integer()), field("to", a.integer()))),
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
                        query("echoList", apiKeyQuery(echo).arguments(field("text", a.string()))
                                .returns(a.string().required().array().required())),
                        query("echoPriority", apiKeyQuery(echo).returns(a.ref("Priority"))),
                        query("inlineEnum", apiKeyQuery(echo).returns(a.enumOf("ON", "OFF"))),
                        query("inlineType", apiKeyQuery(echo).returns(a.customType(field("count", a.integer()),
                                field("label", a.string().required())))),
                        query("inherited", a.query().returns(a.integer()).handler(a.handler.function(echo))),
                        mutation("markDone", a.mutation()
                                .arguments(field("id", a.id().required()))
                                .returns(a.ref("Todo"))
                                .handler(a.handler.function(todoSummary))
                                .authorization(allow -> List.of(allow.publicApiKey()))),
                        query("recentTodos", apiKeyQuery(todoSummary).returns(a.ref("Todo").array())),
                        mutation("notifyAll", a.mutation()
                                .arguments(field("message", a.string().required()))
                                .returns(a.string())
                                .handler(a.handler.function(notify).async())
                                .authorization(allow -> List.of(allow.publicApiKey()))))
                .authorization(allow -> List.of(allow.publicApiKey(),
                        allow.resource(todoSummary).to(ResourceOperation.QUERY)));
        return Define.defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 30).build());
    }

    /** Conformance schema7: custom operations for signed-in users, beside the API key. */
    static DataDefinition schema7() {
        FunctionResource whoAmI = () -> "who-am-i";
        var schema = a.schema(
                        model("Todo", a.model(field("name", a.string()))),
                        query("whoAmI", a.query().returns(a.string()).handler(a.handler.function(whoAmI))
                                .authorization(allow -> List.of(allow.authenticated()))),
                        mutation("adminOnly", a.mutation().arguments(field("text", a.string())).returns(a.string())
                                .handler(a.handler.function(whoAmI))
                                .authorization(allow -> List.of(allow.groups(List.of("Admin", "Ops")),
                                        allow.publicApiKey()))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Define.defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 30).build());
    }

    /** {@code a.query().handler(a.handler.function(fn)).authorization(allow => [allow.publicApiKey()])}. */
    private static OperationDefinition apiKeyQuery(FunctionResource function) {
        return a.query().handler(a.handler.function(function)).authorization(allow -> List.of(allow.publicApiKey()));
    }
}
