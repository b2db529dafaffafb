import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.ResourceOperation.QUERY;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.client.DataClient;
import dev.forte.client.DataClientException;
import dev.forte.client.GraphqlResponse;
import dev.forte.data.a;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Todo with a function granted only QUERY (`reader`) and one granted nothing (`outsider`); their handlers, declared
 * here, call the data API from their worker JVMs and report what happened.
 */
public class GrantsBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var reader = defineFunction(FunctionProps.builder(Reader.class).name("reader").timeoutSeconds(30).build());
        var outsider = defineFunction(FunctionProps.builder(Outsider.class).name("outsider").timeoutSeconds(30)
                .build());
        var schema = a.schema(model("Todo", a.model(field("name", a.string()))))
                .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(reader).to(QUERY)));
        return Backend.of(defineData(DataProps.of(schema)), reader, outsider);
    }

    /** Tries createTodo with its own credentials, then lists the todos. */
    public static final class Reader implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            DataClient client = DataClient.fromEnvironment();
            GraphqlResponse created = client.graphql(
                    "mutation { createTodo(input: {name: \"written by reader\"}) { id } }");
            GraphqlResponse listed = client.graphql("{ listTodos { items { name } } }");
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("createTodo", created.data().path("createTodo").isNull() ? null : "created");
            report.put("errorType", created.errors().isEmpty() ? null : created.errors().get(0).errorType());
            report.put("message", created.errors().isEmpty() ? null : created.errors().get(0).message());
            report.put("listed", listed.data().path("listTodos").path("items").findValuesAsText("name"));
            report.put("listErrors", listed.errors().size());
            return report;
        }
    }

    /** Reports which data variables it got, then lists the todos with credentials it made up. */
    public static final class Outsider implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("variables", System.getenv().keySet().stream().filter(name -> name.contains("GRAPHQL")
                    || name.startsWith("AMPLIFY_DATA") || name.startsWith("AWS_ACCESS_KEY")
                    || name.startsWith("AWS_SECRET") || name.startsWith("AWS_SESSION")).sorted().toList());
            DataClient forger = DataClient.builder().endpoint(URI.create((String) event.get("endpoint")))
                    .region("us-east-1")
                    .credentials("ASIAFORGEDFORGEDFORG", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "forged")
                    .build();
            try {
                GraphqlResponse listed = forger.graphql("{ listTodos { items { name } } }");
                report.put("listed", listed.data().toString());
            } catch (DataClientException e) {
                report.put("refusedWith", e.status().orElse(0) + " " + e.errorType().orElse(""));
            }
            return report;
        }
    }
}
