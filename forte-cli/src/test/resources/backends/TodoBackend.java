import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataDefinition;
import dev.forte.schema.AuthRule;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.util.List;
import java.util.Set;

/** Todo { content: String } with public API-key access, built from the schema model so it needs no DSL. */
public class TodoBackend implements BackendDefinition {
    @Override
    public Backend define() {
        Model todo = new Model("Todo", List.of(Field.of("content", Scalar.STRING)), List.of("id"), List.of(), Set.of(),
                List.of());
        DataSchema schema = new DataSchema(List.of(todo), List.of(), List.of(), List.of(AuthRule.publicApiKey()),
                List.of());
        return Backend.of(new DataDefinition(DataDefinition.DEFAULT_NAME, schema, AuthorizationModes.defaults()));
    }
}
