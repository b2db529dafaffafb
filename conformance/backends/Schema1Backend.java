import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/** conformance/corpus/schema1.ts: the docs' Todo with a schema-level public API key rule. */
public class Schema1Backend implements BackendDefinition {

    @Override
    public Backend define() {
        var schema = a.schema(
                        model("Todo", a.model(
                                field("name", a.string()),
                                field("description", a.string()),
                                field("isDone", a.boolean_()))))
                // allow.resource(functionWithDataAccess) arrives with functions (defineFunction).
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()));
    }
}
