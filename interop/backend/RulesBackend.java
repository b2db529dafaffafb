import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.AuthOperation.READ;

import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/**
 * The interop suite's second backend, for authorization rules the example Todo backend does not have: a
 * {@code Notice} that the API key may read but not write, so a write with the key is the denied operation whose
 * AppSync {@code Unauthorized} error the client must surface.
 */
public class RulesBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var schema = a.schema(
                        model("Todo", a.model(field("name", a.string().required()))),
                        model("Notice", a.model(field("text", a.string().required()))
                                .authorization(allow -> List.of(allow.publicApiKey().to(READ)))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineData(DataProps.of(schema)));
    }
}
