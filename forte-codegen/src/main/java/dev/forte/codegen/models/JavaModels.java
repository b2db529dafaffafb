package dev.forte.codegen.models;

import dev.forte.backend.DataDefinition;
import dev.forte.codegen.internal.models.JavaModelsWriter;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Typed Java models of a data definition for Forte's Java client: a record per model and custom type, a Java enum
 * per enum, and {@code DataModels}, the typed entry point.
 *
 * <pre>{@code
 * Map<String, String> sources = JavaModels.generate(backend.data(), "com.example.models");
 * // then, in the program that uses them:
 * TypedModelClient<Todo> todos = DataModels.of(DataClient.fromEnvironment()).todo();
 * Page<Todo> page = todos.list();
 * Todo created = todos.create(Todo.of("My first todo")).orElseThrow();
 * }</pre>
 */
public final class JavaModels {
    private static final Pattern PACKAGE = Pattern.compile("([a-zA-Z_$][a-zA-Z0-9_$]*)(\\.[a-zA-Z_$][a-zA-Z0-9_$]*)*");

    private JavaModels() {}

    /**
     * Returns the Java sources of {@code data}'s models in {@code packageName}, by path relative to the source root
     * ({@code com/example/models/Todo.java}).
     *
     * @throws IllegalArgumentException when {@code packageName} is not a Java package name
     */
    public static Map<String, String> generate(DataDefinition data, String packageName) {
        if (!packageName.isEmpty() && !PACKAGE.matcher(packageName).matches()) {
            throw new IllegalArgumentException("`" + packageName + "` is not a Java package name: give one such as"
                    + " com.example.models.");
        }
        return JavaModelsWriter.write(data.schema(), packageName);
    }
}
