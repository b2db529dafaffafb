import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.AuthOperation.READ;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.data.a;
import java.util.List;
import java.util.Map;

/**
 * The interop suite's second backend, for authorization rules the example Todo backend does not have: a
 * {@code Notice} that the API key may read but not write (a write with the key is the denied operation whose
 * AppSync {@code Unauthorized} error the client must surface), a {@code Diary} only its owner may use, signed in
 * with a token of the sandbox's local user pool, and a {@code Memo} for callers whose token the Lambda authorizer
 * {@link MemoAuthorizer} accepts.
 */
public class RulesBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var authorizer = defineFunction(FunctionProps.builder(MemoAuthorizer.class).name("memo-authorizer")
                .timeoutSeconds(30).build());
        var schema = a.schema(
                        model("Todo", a.model(field("name", a.string().required()))),
                        model("Notice", a.model(field("text", a.string().required()))
                                .authorization(allow -> List.of(allow.publicApiKey().to(READ)))),
                        model("Diary", a.model(field("entry", a.string().required()))
                                .authorization(allow -> List.of(allow.owner()))),
                        model("Memo", a.model(field("text", a.string().required()))
                                .authorization(allow -> List.of(allow.custom()))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        var data = defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 7)
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(authorizer)).build());
        return Backend.of(defineAuth(), data, authorizer);
    }

    /** Accepts every token that does not start with {@code deny}. */
    public static final class MemoAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("isAuthorized", !String.valueOf(event.get("authorizationToken")).startsWith("deny"));
        }
    }
}
