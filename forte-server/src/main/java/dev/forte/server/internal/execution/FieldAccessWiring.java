package dev.forte.server.internal.execution;

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

/**
 * Guards every field that not all enabled modes may read: a caller in another mode gets null and
 * {@code Unauthorized: Not Authorized to access <field> on type <Type>}. Fields open to every mode stay unwrapped,
 * so the common case costs nothing.
 */
final class FieldAccessWiring {
    private FieldAccessWiring() {}

    static GraphQLSchema guard(GraphQLSchema schema, FieldAccessRules rules) {
        Set<AuthMode> enabled = rules.enabledModes(schema);
        GraphQLCodeRegistry registry = schema.getCodeRegistry().transform(builder -> {
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType objectType && !type.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : objectType.getFieldDefinitions()) {
                        Set<AuthMode> allowed = rules.allowedModes(objectType, field);
                        if (!allowed.containsAll(enabled)) {
                            DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(objectType, field);
                            builder.dataFetcher(FieldCoordinates.coordinates(objectType, field),
                                    new Guarded(fetcher, allowed, objectType.getName(), field.getName()));
                        }
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(registry));
    }

    private record Guarded(DataFetcher<?> delegate, Set<AuthMode> allowed, String typeName, String fieldName)
            implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            RequestIdentity identity = environment.getGraphQlContext().get(RequestIdentity.class);
            if (identity != null && allowed.contains(identity.mode())) {
                return delegate.get(environment);
            }
            return DataFetcherResult.newResult().error(new AppSyncError("Unauthorized",
                    "Not Authorized to access " + fieldName + " on type " + typeName,
                    environment.getExecutionStepInfo().getPath(), environment.getField().getSourceLocation()))
                    .build();
        }
    }
}
