package dev.forte.transform;

import dev.forte.backend.DataDefinition;
import dev.forte.transform.internal.AppSyncSchemaWriter;
import dev.forte.transform.internal.DirectiveSdlWriter;
import dev.forte.transform.internal.RelationshipBindings;

/**
 * Transforms a data definition into what Amplify's tooling makes of the same {@code a.schema(...)}: the directive
 * SDL ({@code type Todo @model @auth(rules: [{allow: public, provider: apiKey}])}), the AppSync schema its
 * transformer emits ({@code getTodo}, {@code listTodos}, {@code ModelTodoFilterInput}, ...), and the binding of
 * each generated root field to the model operation it performs.
 *
 * <pre>{@code
 * TransformResult result = AppSyncTransform.transform(backend.data());
 * server.serve(result.appSyncSdl(), result.bindings());
 * }</pre>
 */
public final class AppSyncTransform {
    private AppSyncTransform() {}

    /** Returns the directive SDL, the AppSync schema, and the root-field and relationship bindings of {@code data}. */
    public static TransformResult transform(DataDefinition data) {
        AppSyncSchemaWriter.Output appSync = AppSyncSchemaWriter.write(data);
        return new TransformResult(DirectiveSdlWriter.write(data.schema()), appSync.sdl(), appSync.bindings(),
                RelationshipBindings.of(data.schema()));
    }
}
