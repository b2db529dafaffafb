package dev.forte.client;

import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.data.a;
import java.util.List;

/**
 * The Todo backend the client's end-to-end tests serve: the example's schema (kept here so the example itself can
 * use this client without a build cycle) with the API key and a {@code data-access} function granted everything.
 */
final class ClientTestBackend {
    private ClientTestBackend() {}

    static Backend todo() {
        var dataAccess = defineFunction(FunctionProps.builder(NeverInvoked.class).name("data-access").build());
        var schema = a.schema(
                        model("Todo", a.model(
                                field("name", a.string().required()),
                                field("description", a.string()),
                                field("isDone", a.boolean_().default_(false)),
                                field("priority", a.enumOf("LOW", "MEDIUM", "HIGH")))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(dataAccess)));
        return Backend.of(defineData(DataProps.of(schema)), dataAccess);
    }

    /** The granted function: its credentials are issued in the tests, its handler never runs. */
    public static final class NeverInvoked implements RequestHandler<Object, Object> {
        @Override
        public Object handleRequest(Object input, Context context) {
            throw new UnsupportedOperationException("The client tests only use this function's credentials");
        }
    }
}
