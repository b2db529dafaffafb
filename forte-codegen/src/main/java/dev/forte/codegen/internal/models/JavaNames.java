package dev.forte.codegen.internal.models;

import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.EnumRef;
import dev.forte.schema.Field;
import dev.forte.schema.Scalar;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** The Java names and types of schema names: fields to components, GraphQL types to Java types. */
final class JavaNames {
    private static final Map<Scalar, String> SCALARS = Map.of(
            Scalar.INT, "Integer",
            Scalar.AWS_TIMESTAMP, "Long",
            Scalar.FLOAT, "Double",
            Scalar.BOOLEAN, "Boolean");
    private static final Set<String> GENERATED = Set.of(JavaModelsWriter.ACCESSOR);

    private JavaNames() {}

    /** Returns the Java type of {@code field}'s values: {@code String}, {@code Integer}, {@code List<Status>}. */
    static String type(Field field) {
        String element;
        if (field.type() instanceof Scalar scalar) {
            element = SCALARS.getOrDefault(scalar, "String");
        } else if (field.type() instanceof EnumRef enumRef) {
            element = enumRef.name();
        } else {
            element = ((CustomTypeRef) field.type()).name();
        }
        return field.array() ? "List<" + element + ">" : element;
    }

    /** Returns {@code name} usable as a Java identifier: a keyword gets a trailing {@code _}. */
    static String identifier(String name) {
        return SourceVersion.isKeyword(name) ? name + "_" : name;
    }

    /** Returns the accessor method of a model: {@code Todo} → {@code todo}, {@code URLLink} → {@code urlLink}. */
    static String accessor(String modelName) {
        int upper = 0;
        while (upper < modelName.length() && Character.isUpperCase(modelName.charAt(upper))) {
            upper++;
        }
        int lower = upper > 1 && upper < modelName.length() ? upper - 1 : upper;
        return identifier(modelName.substring(0, lower).toLowerCase(Locale.ROOT) + modelName.substring(lower));
    }

    /** Returns {@code With<Field>} for a wither, e.g. {@code isDone} → {@code withIsDone}. */
    static String wither(String fieldName) {
        return "with" + Character.toUpperCase(fieldName.charAt(0)) + fieldName.substring(1);
    }

    /** Returns true when a schema type's name would clash with a class the generator writes itself. */
    static boolean clashes(String typeName) {
        return GENERATED.contains(typeName);
    }
}
