import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;
import java.util.Map;

/**
 * conformance/corpus/schema1.ts: the docs' Todo with a schema-level public API key rule and a function granted
 * data access. The grant leaves no trace in the AppSync schema.
 */
public class Schema1Backend implements BackendDefinition {

    /** The docs' {@code functions/data-access.ts}; it reaches the API once the function host lands. */
    public static final class DataAccessHandler implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            return "data-access";
        }
    }

    @Override
    public Backend define() {
        var functionWithDataAccess = defineFunction(DataAccessHandler.class);
        var schema = a.schema(
                        model("Todo", a.model(
                                field("name", a.string()),
                                field("description", a.string()),
                                field("isDone", a.boolean_()))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(functionWithDataAccess)));
        return Backend.of(defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()), functionWithDataAccess);
    }
}
