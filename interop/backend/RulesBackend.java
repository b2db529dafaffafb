import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.AuthOperation.READ;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/**
 * The interop suite's second backend, for authorization rules the example Todo backend does not have: a
 * {@code Notice} that the API key may read but not write (a write with the key is the denied operation whose
 * AppSync {@code Unauthorized} error the client must surface), and a {@code Diary} only its owner may use, signed in
 * with a token of the sandbox's local user pool.
 */
public class RulesBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var schema = a.schema(
                        model("Todo", a.model(field("name", a.string().required()))),
                        model("Notice", a.model(field("text", a.string().required()))
                                .authorization(allow -> List.of(allow.publicApiKey().to(READ)))),
                        model("Diary", a.model(field("entry", a.string().required()))
                                .authorization(allow -> List.of(allow.owner()))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        var data = defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 7).build());
        return Backend.of(defineAuth(), data);
    }
}
