package dev.forte.server.internal.execution;

import dev.forte.schema.ResourceOperation;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.auth.FieldAccessRules;
import dev.forte.server.internal.auth.RequestIdentity;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Guards every field that not all enabled modes may read: a caller in another mode gets null and
 * {@code Unauthorized: Not Authorized to access <field> on type <Type>}. Fields open to every mode stay unwrapped,
 * so the common case costs nothing. With IAM enabled every root field is guarded too: a function principal may
 * run only the root operation types of its grant ({@code allow.resource(fn).to(...)}). With a Lambda authorizer
 * every field is guarded: its answer may deny any field ({@code deniedFields}).
 */
final class FieldAccessWiring {
    private FieldAccessWiring() {}

    static GraphQLSchema guard(GraphQLSchema schema, FieldAccessRules rules) {
        Set<AuthMode> enabled = rules.enabledModes(schema);
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(builder -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType objectType && !type.getName().startsWith("__")) {
                    @Nullable ResourceOperation root = rootOperation(schema, objectType);
                    for (GraphQLFieldDefinition field : objectType.getFieldDefinitions()) {
                        Set<AuthMode> allowed = rules.allowedModes(objectType, field);
                        if (!allowed.containsAll(enabled) || (root != null && enabled.contains(AuthMode.AWS_IAM))
                                || enabled.contains(AuthMode.AWS_LAMBDA)) {
                            DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(objectType, field);
                            builder.dataFetcher(FieldCoordinates.coordinates(objectType, field),
                                    new Guarded(fetcher, allowed, root, objectType.getName(), field.getName()));
                        }
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(registry));
    }

    private static @Nullable ResourceOperation rootOperation(GraphQLSchema schema, GraphQLObjectType type) {
        if (isNamed(schema.getQueryType(), type)) {
            return ResourceOperation.QUERY;
        }
        if (isNamed(schema.getMutationType(), type)) {
            return ResourceOperation.MUTATE;
        }
        return isNamed(schema.getSubscriptionType(), type) ? ResourceOperation.LISTEN : null;
    }

    private static boolean isNamed(@Nullable GraphQLObjectType root, GraphQLObjectType type) {
        return root != null && root.getName().equals(type.getName());
    }

    private record Guarded(DataFetcher<?> delegate, Set<AuthMode> allowed, @Nullable ResourceOperation root,
            String typeName, String fieldName) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            RequestIdentity identity = environment.getGraphQlContext().get(RequestIdentity.class);
            if (identity != null && identity.mayAccess(allowed, root) && !identity.deniedField(typeName, fieldName)) {
                return delegate.get(environment);
            }
            return DataFetcherResult.newResult().error(new AppSyncError("Unauthorized",
                    "Not Authorized to access " + fieldName + " on type " + typeName,
                    environment.getExecutionStepInfo().getPath(), environment.getField().getSourceLocation()))
                    .build();
        }
    }
}
