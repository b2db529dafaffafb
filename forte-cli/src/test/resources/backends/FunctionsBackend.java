import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.ResourceOperation.MUTATE;
import static dev.forte.schema.ResourceOperation.QUERY;

import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.cli.testhandlers.EnvironmentReport;
import dev.forte.data.a;
import java.util.List;

/** Todo with public API-key access, a function granted QUERY and MUTATE and one granted nothing. */
public class FunctionsBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var granted = defineFunction(FunctionProps.builder(EnvironmentReport.class).name("granted").build());
        var ungranted = defineFunction(FunctionProps.builder(EnvironmentReport.class).name("ungranted").build());
        var schema = a.schema(model("Todo", a.model(field("name", a.string()))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(granted).to(QUERY, MUTATE)));
        return Backend.of(defineData(DataProps.of(schema)), granted, ungranted);
    }
}
