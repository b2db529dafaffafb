package dev.forte.codegen.introspection;

import dev.forte.backend.DataDefinition;
import dev.forte.codegen.internal.introspection.IntrospectionTree;
import dev.forte.codegen.internal.introspection.JsonText;

/**
 * Amplify's model introspection schema of a data definition: the {@code model-introspection.json} that {@code ampx
 * generate graphql-client-code --format introspection} writes, and the {@code model_introspection} of {@code
 * amplify_outputs.json} that {@code client.models} needs.
 *
 * <pre>{@code
 * String json = ModelIntrospection.of(backend.data());  // {"version": 1, "models": {"Todo": {...}}, ...}
 * }</pre>
 */
public final class ModelIntrospection {
    /** The file name Amplify writes it to. */
    public static final String FILE_NAME = "model-introspection.json";

    private ModelIntrospection() {}

    /** Returns the model introspection schema of {@code data} as JSON text, laid out as Amplify writes it. */
    public static String of(DataDefinition data) {
        return JsonText.write(IntrospectionTree.of(data.schema()), 4);
    }
}
