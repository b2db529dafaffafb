package dev.forte.codegen.internal.android;

import dev.forte.codegen.internal.android.JavaBlock.Method;
import java.util.List;
import java.util.stream.Collectors;

/** {@code AmplifyModelProvider.java}: the singleton that lists the model classes and the model version. */
final class ProviderWriter {
    static final String CLASS = "AmplifyModelProvider";
    private static final String IMPORTS = String.join("\n", "import com.amplifyframework.util.Immutable;",
            "import com.amplifyframework.core.model.Model;", "import com.amplifyframework.core.model.ModelProvider;", "",
            "import java.util.Arrays;", "import java.util.HashSet;", "import java.util.Set;");

    private ProviderWriter() {}

    static String write(ModelgenSchema schema) {
        String classes = schema.models().keySet().stream().map(name -> name + ".class")
                .collect(Collectors.joining(", "));
        JavaBlock block = JavaBlock.declare("class", CLASS)
                .modifiers("public final")
                .implementing(List.of("ModelProvider"))
                .member("private static final", "String", "AMPLIFY_MODEL_VERSION", "\"" + ModelVersion.of(schema) + "\"")
                .member("private static", CLASS, "amplifyGeneratedModelInstance", "")
                .method(Method.of("private", "", CLASS, ""))
                .method(Method.of("public static synchronized", CLASS, "getInstance", """
                        if (amplifyGeneratedModelInstance == null) {
                          amplifyGeneratedModelInstance = new AmplifyModelProvider();
                        }
                        return amplifyGeneratedModelInstance;"""))
                .method(Method.of("public", "Set<Class<? extends Model>>", "models", "final Set<Class<? extends Model>>"
                                + " modifiableSet = new HashSet<>(\n      Arrays.<Class<? extends Model>>asList(" + classes
                                + ")\n    );\n\n    return Immutable.of(modifiableSet);\n    ")
                        .annotated("Override")
                        .withComment("Get a set of the model classes.\n\n@return a set of the model classes."))
                .method(Method.of("public", "String", "version", "return AMPLIFY_MODEL_VERSION;")
                        .annotated("Override")
                        .withComment("Get the version of the models.\n\n@return the version string of the models."));
        String comment = Indentation.docComment(" Contains the set of model classes that implement {@link Model}\n"
                + "interface.");
        return String.join("\n", "package " + JavaTypes.PACKAGE + ";", "", IMPORTS, comment, block.print());
    }
}
