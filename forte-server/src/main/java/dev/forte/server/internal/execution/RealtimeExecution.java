package dev.forte.server.internal.execution;

import dev.forte.server.internal.auth.RequestIdentity;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs the GraphQL side of real-time subscriptions against the same schema, resolvers and {@code @aws_*} guards as
 * HTTP requests: {@link #start} validates and authorises a {@code start} and records what it subscribes to;
 * {@link #payload} shapes one committed item to a subscription's selection set as a query would.
 */
public final class RealtimeExecution {
    private final GraphQL graphql;

    RealtimeExecution(GraphQL graphql) {
        this.graphql = graphql;
    }

    /**
     * Returns the plan of a subscription requested by {@code identity}, or AppSync's errors: queries and mutations
     * are {@code UnsupportedOperation}, a field the caller may not read {@code Unauthorized}, an invalid document
     * its validation errors.
     */
    public SubscriptionStart start(GraphqlRequest request, RequestIdentity identity) {
        Optional<String> operation = operationType(request);
        if (operation.isPresent() && !operation.get().equals("subscription")) {
            return SubscriptionStart.Refused.of("UnsupportedOperation",
                    operation.get() + " not supported through the realtime channel");
        }
        SubscriptionRootFetcher.Setup setup = new SubscriptionRootFetcher.Setup();
        Map<Object, Object> context = new HashMap<>();
        context.put(RequestIdentity.class, identity);
        context.put(SubscriptionRootFetcher.Setup.class, setup);
        ExecutionResult result = graphql.execute(input(request, context));
        if (!result.getErrors().isEmpty()) {
            return new SubscriptionStart.Refused(startErrors(result));
        }
        SubscriptionPlan plan = setup.plan(request, identity);
        return plan == null
                ? SubscriptionStart.Refused.of("UnsupportedOperation", "The document selects no subscription field.")
                : new SubscriptionStart.Accepted(plan);
    }

    /** Returns the {@code data} message payload of {@code item} for {@code plan}: {@code {"data": {...}}}. */
    public Map<String, @Nullable Object> payload(SubscriptionPlan plan, Map<String, @Nullable Object> item) {
        Map<Object, Object> context = new HashMap<>();
        context.put(RequestIdentity.class, plan.identity());
        context.put(SubscriptionRootFetcher.Delivery.class, new SubscriptionRootFetcher.Delivery(item));
        ExecutionResult result = graphql.execute(input(plan.request(), context));
        Map<String, @Nullable Object> payload = new LinkedHashMap<>();
        payload.put("data", result.getData());
        if (!result.getErrors().isEmpty()) {
            payload.put("errors", AppSyncErrorFormatter.format(result.getErrors()));
        }
        return payload;
    }

    private static ExecutionInput input(GraphqlRequest request, Map<Object, Object> context) {
        return ExecutionInput.newExecutionInput()
                .query(request.query())
                .variables(request.variables())
                .operationName(request.operationName())
                .graphQLContext(context)
                .build();
    }

    // AppSync's Unauthorized refusal carries only errorType and message (captured err-starterr).
    private static List<Map<String, @Nullable Object>> startErrors(ExecutionResult result) {
        return result.getErrors().stream().map(error -> {
            if (error instanceof AppSyncError appSyncError && "Unauthorized".equals(appSyncError.appSyncErrorType())) {
                Map<String, @Nullable Object> shape = new LinkedHashMap<>();
                shape.put("errorType", "Unauthorized");
                shape.put("message", error.getMessage());
                return shape;
            }
            return AppSyncErrorFormatter.format(error);
        }).toList();
    }

    /** Returns {@code query}, {@code mutation} or {@code subscription}; empty when the document does not parse. */
    private static Optional<String> operationType(GraphqlRequest request) {
        Document document;
        try {
            document = Parser.parse(request.query());
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        for (OperationDefinition operation : operations) {
            boolean named = request.operationName() == null || request.operationName().equals(operation.getName());
            if (named || operations.size() == 1) {
                return Optional.of(operation.getOperation().name().toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
