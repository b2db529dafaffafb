package dev.forte.codegen.internal.android;

import dev.forte.codegen.internal.names.ChangeCase;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Amplify Android's model classes for a directive SDL, by path relative to the source root, in the order Amplify's
 * generator writes them: {@code AmplifyModelProvider.java}, then per type in document order {@code <Type>.java} (and
 * {@code <Model>Path.java} after a model).
 */
public final class AndroidModelsWriter {
    /** The directory of the classes under the source root: the package Amplify Android expects them in. */
    public static final String DIRECTORY = JavaTypes.PACKAGE.replace('.', '/') + "/";

    private AndroidModelsWriter() {}

    /**
     * Returns the sources for {@code directiveSdl}.
     *
     * @throws IllegalArgumentException when the schema has something the classes cannot represent, e.g. two fields
     *     with the same builder method or a relationship without its other side
     */
    public static Map<String, String> write(String directiveSdl) {
        ModelgenSchema schema = ModelgenSchema.of(directiveSdl);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DIRECTORY + ProviderWriter.CLASS + ".java", ProviderWriter.write(schema));
        for (String name : schema.typeOrder()) {
            if (schema.models().containsKey(name)) {
                TypeShape model = schema.model(name);
                requireDistinctBuilderMethods(model);
                files.put(DIRECTORY + name + ".java", ModelClassWriter.write(model, schema));
                files.put(DIRECTORY + name + "Path.java", PathClassWriter.write(model));
            } else if (schema.nonModels().containsKey(name)) {
                TypeShape type = schema.nonModels().get(name);
                requireDistinctBuilderMethods(type);
                files.put(DIRECTORY + name + ".java", NonModelClassWriter.write(type, schema));
            } else {
                files.put(DIRECTORY + name + ".java", EnumWriter.write(schema.enums().get(name)));
            }
        }
        return files;
    }

    private static void requireDistinctBuilderMethods(TypeShape type) {
        Map<String, String> seen = new HashMap<>();
        for (FieldShape field : type.fields()) {
            String previous = seen.putIfAbsent(ChangeCase.camelCase(field.name()), field.name());
            if (previous != null) {
                throw new IllegalArgumentException("Fields \"" + field.name() + "\" and \"" + previous + "\" in "
                        + type.name() + " cannot be used at the same time which will result in the duplicate"
                        + " builder method. Rename one of them.");
            }
        }
    }
}
