package dev.forte.codegen.models;

import dev.forte.backend.DataDefinition;
import dev.forte.codegen.internal.android.AndroidModelsWriter;
import dev.forte.transform.AppSyncTransform;
import java.util.Map;

/**
 * Amplify Android's model classes for a data definition, as {@code ampx generate graphql-client-code --format modelgen
 * --model-target java} writes them: in package {@code com.amplifyframework.datastore.generated.model}, a class per
 * model (with its {@code <Model>Path}), custom type and enum, and {@code AmplifyModelProvider}. They are made from the
 * directive SDL, as Amplify makes them, and come out byte for byte as Amplify's generator writes them.
 *
 * <pre>{@code
 * Map<String, String> sources = AndroidModels.generate(backend.data());
 * // "com/amplifyframework/datastore/generated/model/Todo.java" -> "package com.amplifyframework..."
 * // then, in the Android app: Amplify.addPlugin(new AWSApiPlugin()); ... ModelQuery.list(Todo.class)
 * }</pre>
 */
public final class AndroidModels {
    /** The directory the classes go to under the source root, e.g. {@code app/src/main/java}. */
    public static final String DIRECTORY = AndroidModelsWriter.DIRECTORY;

    private AndroidModels() {}

    /**
     * Returns the Java sources of {@code data}'s classes by path relative to the source root
     * ({@code com/amplifyframework/datastore/generated/model/Todo.java}).
     *
     * @throws IllegalArgumentException when the schema has something the classes cannot represent, such as two
     *     fields whose builder methods would have the same name
     */
    public static Map<String, String> generate(DataDefinition data) {
        return AndroidModelsWriter.write(AppSyncTransform.transform(data).directiveSdl());
    }
}
