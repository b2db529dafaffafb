import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.query;
import static dev.forte.schema.AuthOperation.READ;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.BackendDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.FunctionProps;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.data.a;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Notes for Lambda-authorized callers: a token authorizer whose answer depends on the token's prefix and counts its
 * invocations per token (the count reaches callers as resolverContext.calls), and a query echoing the identity.
 */
public class LambdaAuthBackend implements BackendDefinition {
    @Override
    public Backend define() {
        var authorizer = defineFunction(FunctionProps.builder(TokenAuthorizer.class).name("authorizer")
                .timeoutSeconds(30).build());
        var whoAmI = defineFunction(FunctionProps.builder(IdentityEcho.class).name("who-am-i")
                .timeoutSeconds(30).build());
        var schema = a.schema(
                model("Note", a.model(field("text", a.string()), field("secret", a.string()))
                        .authorization(allow -> List.of(allow.custom()))),
                model("Notice", a.model(field("text", a.string()))
                        .authorization(allow -> List.of(allow.publicApiKey(), allow.custom().to(READ)))),
                query("whoAmI", a.query().returns(a.string()).handler(a.handler.function(whoAmI))
                        .authorization(allow -> List.of(allow.custom()))));
        return Backend.of(defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 7)
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(authorizer, 300))
                .build()), authorizer, whoAmI);
    }

    /**
     * Refuses {@code deny-*}, throws for {@code throw-*}, answers {@code short-*} with a one-second ttlOverride and
     * denies {@code Note.secret} to {@code nosecret-*}; accepts the rest.
     */
    public static final class TokenAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            String token = (String) event.get("authorizationToken");
            int calls = CALLS.computeIfAbsent(token, t -> new AtomicInteger()).incrementAndGet();
            if (token.startsWith("throw-")) {
                throw new IllegalStateException("The authorizer cannot read token " + token);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> request = (Map<String, Object>) event.get("requestContext");
            @SuppressWarnings("unchecked")
            Map<String, Object> headers = (Map<String, Object>) event.get("requestHeaders");
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("isAuthorized", !token.startsWith("deny-"));
            answer.put("resolverContext", Map.of("calls", String.valueOf(calls),
                    "queryString", String.valueOf(request.get("queryString")),
                    "authorizationHeader", String.valueOf(headers.get("authorization"))));
            if (token.startsWith("short-")) {
                answer.put("ttlOverride", 1);
            }
            if (token.startsWith("nosecret-")) {
                answer.put("deniedFields", List.of("Note.secret"));
            }
            return answer;
        }
    }

    /** Answers with the caller's identity, as JSON text. */
    public static final class IdentityEcho implements RequestHandler<Map<String, Object>, String> {
        @Override
        public String handleRequest(Map<String, Object> event, Context context) {
            try {
                return new ObjectMapper().writeValueAsString(event.get("identity"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
