package dev.forte.server.internal.execution;

import dev.forte.ForteException;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Model;
import dev.forte.server.FunctionInvoker;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.auth.FieldAccessRules;
import dev.forte.server.internal.auth.ModelRules;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.scalars.AppSyncDirectives;
import dev.forte.server.internal.scalars.AwsScalars;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.transform.OperationBinding;
import dev.forte.transform.TransformResult;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.AsyncExecutionStrategy;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.errors.SchemaProblem;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Executes GraphQL requests against a backend's AppSync schema: graphql-java over the transform's SDL, with the
 * model resolvers bound to a {@link ModelStore}, per-field auth from the {@code @aws_*} directives, and errors in
 * AppSync's shapes.
 *
 * <pre>{@code
 * GraphqlEngine engine = GraphqlEngine.newEngine().transform(result).schema(data.schema()).store(store)
 *         .changeFeed(feed).defaultMode(AuthMode.API_KEY).build();
 * GraphqlResponse response = engine.execute(request, RequestIdentity.apiKey());
 * }</pre>
 */
public final class GraphqlEngine {
    private static final long CACHED_DOCUMENTS = 1_000;

    private final GraphQL graphql;
    private final RealtimeExecution realtime;
    private final Set<AuthMode> enabledModes;
    private final @Nullable BatchedReads reads;

    private GraphqlEngine(GraphQL graphql, RealtimeExecution realtime, Set<AuthMode> enabledModes,
            @Nullable BatchedReads reads) {
        this.graphql = graphql;
        this.realtime = realtime;
        this.enabledModes = Set.copyOf(enabledModes);
        this.reads = reads;
    }

    public static Builder newEngine() {
        return new Builder();
    }

    /** Returns the auth modes the schema grants anything to, plus the default mode. */
    public Set<AuthMode> enabledModes() {
        return enabledModes;
    }

    /** Returns the execution of real-time subscriptions over the same schema, resolvers and guards. */
    public RealtimeExecution realtime() {
        return realtime;
    }

    /** Runs {@code request} as {@code identity}. */
    public GraphqlResponse execute(GraphqlRequest request, RequestIdentity identity) {
        return execute(request, identity, CallerRequest::none);
    }

    /**
     * Runs {@code request} as {@code identity}; {@code caller} is asked for the request's headers only if a function
     * resolver runs (most requests never need them, so they are not copied).
     */
    public GraphqlResponse execute(GraphqlRequest request, RequestIdentity identity, Supplier<CallerRequest> caller) {
        ExecutionInput.Builder input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .variables(request.variables())
                .operationName(request.operationName())
                .graphQLContext(Map.of(RequestIdentity.class, identity, CallerRequest.SOURCE, caller));
        if (reads != null) {
            // Only schemas with relationships pay for graphql-java's per-level data loader dispatch.
            input.dataLoaderRegistry(reads.newRegistry());
        }
        return toResponse(graphql.execute(input.build()));
    }

    private static GraphqlResponse toResponse(ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        for (GraphQLError error : errors) {
            if (error instanceof AppSyncError appSyncError
                    && HttpSubscriptionRejection.ERROR_TYPE.equals(appSyncError.appSyncErrorType())) {
                return GraphqlResponse.rejected(HttpSubscriptionRejection.ERROR_TYPE, error.getMessage());
            }
        }
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        body.put("data", result.isDataPresent() ? result.getData() : null);
        if (!errors.isEmpty()) {
            body.put("errors", AppSyncErrorFormatter.format(errors));
        }
        return new GraphqlResponse(body, null);
    }

    /** Builds a {@link GraphqlEngine}; every property is required except the clock and the function invoker. */
    public static final class Builder {
        private @Nullable TransformResult transform;
        private @Nullable DataSchema schema;
        private @Nullable ModelStore store;
        private @Nullable ChangeFeed changeFeed;
        private @Nullable AuthMode defaultMode;
        private SubscriberFilters subscriberFilters = SubscriberFilters.NONE;
        private Clock clock = Clock.systemUTC();
        private FunctionInvoker functionInvoker = FunctionInvoker.NONE;

        private Builder() {}

        /** Sets what invokes the functions of custom operations; without one they answer an error. */
        public Builder functionInvoker(FunctionInvoker invoker) {
            this.functionInvoker = invoker;
            return this;
        }

        public Builder transform(TransformResult transform) {
            this.transform = transform;
            return this;
        }

        public Builder schema(DataSchema schema) {
            this.schema = schema;
            return this;
        }

        public Builder store(ModelStore store) {
            this.store = store;
            return this;
        }

        /** Sets the feed every committed mutation is published to. */
        public Builder changeFeed(ChangeFeed changeFeed) {
            this.changeFeed = changeFeed;
            return this;
        }

        public Builder defaultMode(AuthMode defaultMode) {
            this.defaultMode = defaultMode;
            return this;
        }

        /** Sets the filters auth rules add to each subscriber's subscriptions; none by default. */
        public Builder subscriberFilters(SubscriberFilters subscriberFilters) {
            this.subscriberFilters = subscriberFilters;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public GraphqlEngine build() {
            TransformResult transform = Objects.requireNonNull(this.transform, "transform");
            FieldAccessRules rules = new FieldAccessRules(Objects.requireNonNull(defaultMode, "defaultMode"));
            ModelStore store = Objects.requireNonNull(this.store, "store");
            BatchedReads reads = new BatchedReads(store);
            GraphQLSchema graphqlSchema = FieldAccessWiring.guard(executableSchema(transform, reads), rules);
            GraphQL graphql = GraphQL.newGraphQL(graphqlSchema)
                    .preparsedDocumentProvider(new DocumentCache(CACHED_DOCUMENTS))
                    .defaultDataFetcherExceptionHandler(new ResolverExceptionHandler())
                    .subscriptionExecutionStrategy(new HttpSubscriptionRejection())
                    .build();
            // Over the socket a subscription document runs like a query: once at start, then once per delivery.
            GraphQL realtime = GraphQL.newGraphQL(graphqlSchema)
                    .preparsedDocumentProvider(new DocumentCache(CACHED_DOCUMENTS))
                    .subscriptionExecutionStrategy(new AsyncExecutionStrategy(new ResolverExceptionHandler()))
                    .build();
            return new GraphqlEngine(graphql, new RealtimeExecution(realtime), rules.enabledModes(graphqlSchema),
                    transform.relationships().isEmpty() ? null : reads);
        }

        private GraphQLSchema executableSchema(TransformResult transform, BatchedReads reads) {
            RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
            AwsScalars.all().forEach(wiring::scalar);
            wireResolvers(transform, reads, wiring);
            try {
                TypeDefinitionRegistry registry =
                        new SchemaParser().parse(AppSyncDirectives.declarationsSdl() + "\n" + transform.appSyncSdl());
                return new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
            } catch (SchemaProblem e) {
                throw new ForteException("The AppSync schema of this backend does not build: " + e.getMessage()
                        + ". This is a bug in Forte's transform; please report it with your schema.", e);
            }
        }

        private void wireResolvers(TransformResult transform, BatchedReads reads, RuntimeWiring.Builder wiring) {
            List<OperationBinding> bindings = transform.bindings();
            DataSchema schema = Objects.requireNonNull(this.schema, "schema");
            ModelStore store = Objects.requireNonNull(this.store, "store");
            QueryResolvers queries = new QueryResolvers(store);
            ChangeFeed feed = Objects.requireNonNull(this.changeFeed, "changeFeed");
            MutationResolvers mutations = new MutationResolvers(store, feed, clock, bindings);
            for (OperationBinding binding : bindings) {
                Model model = schema.model(binding.model()).orElseThrow(() -> new ForteException("The transform "
                        + "bound " + binding.rootType() + "." + binding.fieldName() + " to model `"
                        + binding.model() + "`, which the schema does not declare."));
                ModelPolicy policy = ModelPolicy.of(schema, model);
                DataFetcher<?> fetcher = switch (binding.kind()) {
                    case GET -> queries.get(binding, policy);
                    case LIST, INDEX_QUERY -> queries.list(binding, policy);
                    case CREATE -> mutations.create(binding, model, policy);
                    case UPDATE -> mutations.update(binding, model, policy);
                    case DELETE -> mutations.delete(binding, model, policy);
                    case ON_CREATE, ON_UPDATE, ON_DELETE -> new SubscriptionRootFetcher(binding,
                            new ModelSubscriberFilters(policy.rulesFor(AuthOperation.LISTEN), binding,
                                    subscriberFilters));
                };
                if (fetcher != null) {
                    wiring.type(binding.rootType(), type -> type.dataFetcher(binding.fieldName(), fetcher));
                }
            }
            schema.models().forEach(model -> ModelFieldReads.wire(model, ModelPolicy.of(schema, model), wiring));
            new RelationshipResolvers(store, reads, schema).wire(transform.relationships(), wiring);
            FunctionResolvers functions = new FunctionResolvers(functionInvoker);
            for (CustomOperation operation : schema.operations()) {
                wiring.type(operation.type().graphqlTypeName(),
                        type -> type.dataFetcher(operation.name(), functions.resolver(operation,
                                new ModelRules(schema.effectiveRules(operation)))));
            }
        }
    }
}
