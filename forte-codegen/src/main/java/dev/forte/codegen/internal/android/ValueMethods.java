package dev.forte.codegen.internal.android;

import static dev.forte.codegen.internal.android.Indentation.indent;
import static dev.forte.codegen.internal.android.Indentation.indentLines;

import dev.forte.codegen.internal.android.JavaBlock.Method;
import dev.forte.codegen.internal.names.ChangeCase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The value methods every generated class has: getters for all fields, the private constructor of the writable ones,
 * and {@code equals}, {@code hashCode} and {@code toString} over the stored ones.
 */
final class ValueMethods {
    private ValueMethods() {}

    static void addGetters(JavaBlock block, TypeShape type, JavaTypes types) {
        for (FieldShape field : type.fields()) {
            block.method(Method.of("public", types.declared(field), getter(field), indent("return " + field.name() + ";")));
        }
    }

    static void addConstructor(JavaBlock block, TypeShape type, JavaTypes types) {
        List<FieldShape> fields = type.writableFields();
        String body = fields.stream().map(f -> "this." + f.name() + " = " + f.name() + ";")
                .collect(Collectors.joining("\n"));
        List<String> parameters = fields.stream().map(f -> types.declared(f) + " " + f.name()).toList();
        block.method(Method.of("private", "", type.name(), body).withParameters(parameters));
    }

    static Method equalsMethod(TypeShape type) {
        String instance = ChangeCase.camelCase(type.name());
        String comparisons = indentLines(type.storedFields().stream()
                .map(f -> "ObjectsCompat.equals(" + getter(f) + "(), " + instance + "." + getter(f) + "())")
                .collect(Collectors.joining(" &&\n")), 4).trim();
        List<String> lines = new ArrayList<>(List.of("if (this == obj) {", "  return true;",
                "} else if(obj == null || getClass() != obj.getClass()) {", "  return false;", "} else {"));
        lines.add(type.name() + " " + instance + " = (" + type.name() + ") obj;");
        lines.add("return " + comparisons + ";");
        lines.add("}");
        return Method.of("public", "boolean", "equals", indentLines(String.join("\n", lines)))
                .withParameters(List.of("Object obj"))
                .annotated("Override");
    }

    static Method hashCodeMethod(TypeShape type) {
        List<String> lines = new ArrayList<>(List.of("return new StringBuilder()"));
        type.storedFields().forEach(f -> lines.add(".append(" + getter(f) + "())"));
        lines.add(".toString()");
        lines.add(".hashCode();");
        return Method.of("public", "int", "hashCode", indentLines(String.join("\n", lines)).stripLeading())
                .annotated("Override");
    }

    static Method toStringMethod(TypeShape type) {
        List<FieldShape> fields = type.storedFields();
        List<String> appends = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldShape field = fields.get(i);
            String value = "\"" + field.name() + "=\" + String.valueOf(" + getter(field) + "())";
            appends.add(".append(" + value + (i < fields.size() - 1 ? " + \", \"" : "") + ")");
        }
        String body = String.join("\n", List.of("return new StringBuilder()", ".append(\"" + type.name() + " {\")",
                String.join("\n", appends), ".append(\"}\")", ".toString();"));
        return Method.of("public", "String", "toString", indentLines(body).stripLeading()).annotated("Override");
    }

    static String getter(FieldShape field) {
        return "get" + ChangeCase.pascalCase(field.name());
    }
}
