package dev.forte.server.internal.execution;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.DataDefinition;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.scalars.AppSyncDirectives;
import dev.forte.server.internal.scalars.AwsScalars;
import dev.forte.server.internal.storage.ModelStore;
import dev.forte.transform.AppSyncTransform;
import java.util.List;
import java.util.Set;

/** Schemas for engine tests, built from the schema model. */
final class EngineFixtures {
    private EngineFixtures() {}

    /** {@code Todo {name, description, isDone, dueAt: AWSDateTime, priority: Int = 3}} with {@code allow.publicApiKey()}. */
    static DataDefinition todo() {
        Model todo = new Model("Todo", List.of(Field.of("name", Scalar.STRING), Field.of("description", Scalar.STRING),
                Field.of("isDone", Scalar.BOOLEAN), Field.of("dueAt", Scalar.AWS_DATE_TIME),
                new Field("priority", Scalar.INT, false, false, false, "3", List.of())),
                List.of("id"), List.of(), Set.of(), List.of());
        Model secret = new Model("Secret", List.of(Field.of("text", Scalar.STRING)), List.of("id"), List.of(),
                Set.of(), List.of(new AuthRule(AuthStrategy.PRIVATE, AuthProvider.USER_POOLS, Set.of(), null,
                        List.of(), null, null, null)));
        DataSchema schema = new DataSchema(List.of(todo, secret), List.of(), List.of(),
                List.of(AuthRule.publicApiKey()), List.of());
        return new DataDefinition(DataDefinition.DEFAULT_NAME, schema,
                new AuthorizationModes(AuthorizationMode.API_KEY, 7));
    }

    static GraphqlEngine engine(DataDefinition data, ModelStore store) {
        return GraphqlEngine.newEngine()
                .transform(AppSyncTransform.transform(data))
                .schema(data.schema())
                .store(store)
                .defaultMode(AuthMode.of(data.authorizationModes().defaultAuthorizationMode()))
                .scalars(AwsScalars.all())
                .declarationsSdl(AppSyncDirectives.declarationsSdl())
                .build();
    }
}
