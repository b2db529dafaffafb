import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.List;

/** A backend with defineAuth(): users sign up to its local user pool and own their notes. */
public class AuthBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var schema = a.schema(model("Note", a.model(field("text", a.string()))
                .authorization(allow -> List.of(allow.owner(), allow.publicApiKey()))));
        return Backend.of(defineAuth(), defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 7).build()));
    }
}
