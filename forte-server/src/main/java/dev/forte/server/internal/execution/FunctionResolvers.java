package dev.forte.server.internal.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.schema.CustomOperation;
import dev.forte.server.FunctionInvocation;
import dev.forte.server.FunctionInvocationException;
import dev.forte.server.FunctionInvoker;
import dev.forte.server.FunctionResult;
import dev.forte.server.internal.auth.ModelRules;
import dev.forte.server.internal.auth.RequestIdentity;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The resolvers of custom operations answered by functions, as Amplify's {@code @function} pipeline resolves them:
 * invoke with AppSync's resolver event, answer the function's output, or its failure as
 * {@code $util.error(message, "Lambda:Unhandled")}; an {@code .async()} operation answers
 * {@code {"success": true}} once the invocation is queued.
 */
final class FunctionResolvers {
    /** AppSync's {@code $ctx.error.type} when the function ran and failed. */
    static final String UNHANDLED = "Lambda:Unhandled";
    /** The error type Forte reports when the function cannot be invoked at all (not verified against AppSync). */
    static final String NOT_INVOKED = "Lambda:ResourceNotFoundException";

    private final FunctionInvoker invoker;
    private final ObjectMapper json = new ObjectMapper();

    FunctionResolvers(FunctionInvoker invoker) {
        this.invoker = invoker;
    }

    /** Returns the resolver of {@code operation}, which runs its function for the callers {@code rules} admit. */
    DataFetcher<?> resolver(CustomOperation operation, ModelRules rules) {
        return environment -> {
            RequestIdentity identity = environment.getGraphQlContext().get(RequestIdentity.class);
            if (identity == null || !rules.admitsToCustomOperation(identity)) {
                throw new ResolverException("Unauthorized", "Not Authorized to access " + operation.name()
                        + " on type " + operation.type().graphqlTypeName());
            }
            return operation.handler().async()
                    ? event(operation, environment)
                    : requestResponse(operation, environment);
        };
    }

    private @Nullable Object requestResponse(CustomOperation operation, DataFetchingEnvironment environment)
            throws JsonProcessingException {
        FunctionResult result;
        try {
            result = invoke(operation, environment, FunctionInvocation.Type.REQUEST_RESPONSE);
        } catch (FunctionInvocationException e) {
            throw new ResolverException(NOT_INVOKED, e.getMessage());
        }
        if (result.functionError()) {
            throw new ResolverException(UNHANDLED, errorMessage(result.payloadJson()));
        }
        return json.readValue(result.payloadJson(), Object.class);
    }

    /** Amplify's event response template: {@code success} false and the error appended when the invoke failed. */
    private Object event(CustomOperation operation, DataFetchingEnvironment environment) throws JsonProcessingException {
        try {
            invoke(operation, environment, FunctionInvocation.Type.EVENT);
            return Map.of("success", true);
        } catch (FunctionInvocationException e) {
            return DataFetcherResult.newResult().data(Map.of("success", false))
                    .error(new AppSyncError(NOT_INVOKED, e.getMessage(), environment.getExecutionStepInfo().getPath(),
                            environment.getField().getSourceLocation()))
                    .build();
        }
    }

    private FunctionResult invoke(CustomOperation operation, DataFetchingEnvironment environment,
            FunctionInvocation.Type type) throws JsonProcessingException {
        String payload = json.writeValueAsString(ResolverEvent.of(operation, environment));
        return invoker.invoke(new FunctionInvocation(operation.handler().functionName(), payload, type));
    }

    /** Returns Lambda's {@code errorMessage}, or the whole document when it is not Lambda's error shape. */
    private String errorMessage(String errorDocument) {
        try {
            JsonNode message = json.readTree(errorDocument).path("errorMessage");
            return message.isTextual() ? message.asText() : errorDocument;
        } catch (JsonProcessingException e) {
            return errorDocument;
        }
    }
}
