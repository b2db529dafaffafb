package dev.forte.codegen.internal.android;

import dev.forte.codegen.internal.android.JavaBlock.Method;
import java.util.List;

/**
 * {@code <Model>Path.java}: the model's {@code ModelPath}, with a lazily created path per relationship field, which
 * Amplify Android uses to select related models.
 */
final class PathClassWriter {
    private static final String IMPORTS = String.join("\n", "import androidx.annotation.NonNull;",
            "import androidx.annotation.Nullable;", "", "import com.amplifyframework.core.model.ModelPath;",
            "import com.amplifyframework.core.model.PropertyPath;", "");

    private PathClassWriter() {}

    static String write(TypeShape model) {
        String path = model.name() + "Path";
        JavaBlock block = JavaBlock.declare("class", path)
                .modifiers("public final")
                .extending("ModelPath<" + model.name() + ">")
                .comment("This is an auto generated class representing the ModelPath for the " + model.name()
                        + " type in your schema.");
        block.method(Method.of("", "", path, "super(name, isCollection, parent, " + model.name() + ".class);")
                .withParameters(List.of("@NonNull String name", "@NonNull Boolean isCollection",
                        "@Nullable PropertyPath parent")));
        model.fields().stream().filter(f -> f.connection() != null).forEach(field -> addRelatedPath(block, field));
        return "package " + JavaTypes.PACKAGE + ";\n\n" + IMPORTS + "\n" + block.print();
    }

    private static void addRelatedPath(JavaBlock block, FieldShape field) {
        String name = field.name();
        String type = field.connection().connectedModel() + "Path";
        block.member("private", type, name, "");
        String body = String.join("\n", "if (" + name + " == null) {",
                "  " + name + " = new " + type + "(\"" + name + "\", " + field.list() + ", this);", "}",
                "return " + name + ";");
        block.method(Method.of("public synchronized", type, ValueMethods.getter(field), body));
    }
}
