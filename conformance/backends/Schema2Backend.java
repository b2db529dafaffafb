import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.schema.ResourceOperation;
import java.util.List;
import java.util.Map;

/**
 * conformance/corpus/schema2.ts: a Todo owned by the user who creates it ({@code allow.owner()}), a function
 * granted query and listen access on the schema, and {@code defineAuth()}: the default mode is userPool, IAM is
 * on, there is no API key.
 */
public class Schema2Backend implements BackendDefinition {

    /** Stands in for the corpus's {@code data-access} function stub. */
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
                                        field("description", a.string()))
                                .authorization(allow -> List.of(allow.owner()))))
                .authorization(allow -> List.of(
                        allow.resource(functionWithDataAccess).to(ResourceOperation.QUERY, ResourceOperation.LISTEN)));
        return Backend.of(defineAuth(), defineData(DataProps.of(schema)), functionWithDataAccess);
    }
}
