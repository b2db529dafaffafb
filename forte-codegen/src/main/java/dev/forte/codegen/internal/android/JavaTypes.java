package dev.forte.codegen.internal.android;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java types of one generated file's fields, and the imports they bring in the order they were first needed, as
 * Amplify's generator collects them while it writes the class.
 */
final class JavaTypes {
    static final String PACKAGE = "com.amplifyframework.datastore.generated.model";
    private static final String TEMPORAL = "com.amplifyframework.core.model.temporal.Temporal";
    private static final Map<String, String> SCALARS = Map.ofEntries(
            Map.entry("ID", "String"), Map.entry("String", "String"), Map.entry("Int", "Integer"),
            Map.entry("Float", "Double"), Map.entry("Boolean", "Boolean"), Map.entry("AWSDate", "Temporal.Date"),
            Map.entry("AWSDateTime", "Temporal.DateTime"), Map.entry("AWSTime", "Temporal.Time"),
            Map.entry("AWSTimestamp", "Temporal.Timestamp"), Map.entry("AWSEmail", "String"),
            Map.entry("AWSJSON", "String"), Map.entry("AWSURL", "String"), Map.entry("AWSPhone", "String"),
            Map.entry("AWSIPAddress", "String"));

    private final ModelgenSchema schema;
    private final Set<String> imports = new LinkedHashSet<>();

    JavaTypes(ModelgenSchema schema) {
        this.schema = schema;
    }

    ModelgenSchema schema() {
        return schema;
    }

    /** Returns the field's type as declared in the class: {@code ModelReference<Post>} for a belongs-to or has-one. */
    String declared(FieldShape field) {
        String type = unwrapped(field);
        return field.connection() != null && field.connection().isReference() ? "ModelReference<" + type + ">" : type;
    }

    /** Returns the field's type as builders take it: {@code Post} for a belongs-to or has-one. */
    String unwrapped(FieldShape field) {
        String element = element(field);
        String type = !field.list() ? element
                : isHasMany(field) ? "ModelList<" + element + ">" : "List<" + element + ">";
        if (type.startsWith("Temporal.")) {
            imports.add(TEMPORAL);
        }
        return type;
    }

    private String element(FieldShape field) {
        String scalar = SCALARS.get(field.type());
        if (scalar != null) {
            return scalar;
        }
        boolean known = schema.models().containsKey(field.type()) || schema.enums().containsKey(field.type())
                || schema.nonModels().containsKey(field.type());
        if (!known) {
            throw new IllegalArgumentException("Unknown type " + field.type() + " for field " + field.name()
                    + ". Did you forget to add the @model directive");
        }
        return field.type();
    }

    private static boolean isHasMany(FieldShape field) {
        return field.connection() != null && field.connection().kind() == Connection.Kind.HAS_MANY;
    }

    void addImport(String name) {
        imports.add(name);
    }

    /** Returns the package line and imports: those collected, a blank line, then {@code base}. */
    String header(List<String> base) {
        String lines = Stream.concat(Stream.concat(imports.stream(), Stream.of("")), base.stream())
                .map(name -> name.isEmpty() ? "" : "import " + name + ";")
                .collect(Collectors.joining("\n"));
        return "package " + PACKAGE + ";\n\n" + lines;
    }
}
