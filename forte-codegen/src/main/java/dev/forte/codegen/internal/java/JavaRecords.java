package dev.forte.codegen.internal.java;

import dev.forte.codegen.internal.statements.AppSyncSchema;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Java source for GraphQL types: enums; records for inputs and variables (required components checked, a
 * constructor of the required ones, a {@code withX} copy per component); plain records for object types and
 * results (a selection may leave any field out, so every component may be null).
 */
final class JavaRecords {
    private final AppSyncSchema schema;
    private final String indent;

    JavaRecords(AppSyncSchema schema, String indent) {
        this.schema = schema;
        this.indent = indent;
    }

    /** A record component: the GraphQL name and type. */
    record Component(String name, Type<?> type) {
        boolean required() {
            return type instanceof NonNullType;
        }

        String identifier() {
            return JavaNames.identifier(name);
        }
    }

    String enumType(EnumTypeDefinition type) {
        String values = type.getEnumValueDefinitions().stream()
                .map(JavaRecords::enumValue)
                .collect(Collectors.joining(",\n" + indent + "    "));
        return indent + "public enum " + type.getName() + " {\n" + indent + "    " + values + "\n" + indent + "}\n";
    }

    private static String enumValue(EnumValueDefinition value) {
        return jsonName(value.getName()) + JavaNames.identifier(value.getName());
    }

    String outputRecord(String name, List<Component> components) {
        return indent + "public record " + name + "(" + parameters(components) + ") {}\n";
    }

    String inputRecord(String name, List<Component> components) {
        List<Component> required = components.stream().filter(Component::required).toList();
        StringBuilder out = new StringBuilder();
        line(out, "public record " + name + "(" + parameters(components) + ") {");
        if (!required.isEmpty()) {
            line(out, "    public " + name + " {");
            required.forEach(component -> line(out, "        java.util.Objects.requireNonNull("
                    + component.identifier() + ", \"" + component.name() + " is required\");"));
            line(out, "    }");
        }
        if (required.size() < components.size()) {
            out.append('\n');
            line(out, "    /** Returns an instance with the required components only. */");
            line(out, "    public " + name + "(" + plainParameters(required) + ") {");
            line(out, "        this(" + requiredOrNull(components) + ");");
            line(out, "    }");
        }
        String all = components.stream().map(Component::identifier).collect(Collectors.joining(", "));
        for (Component component : components) {
            out.append('\n');
            line(out, "    public " + name + " with" + JavaNames.capitalized(component.name()) + "("
                    + javaType(component.type()) + " " + component.identifier() + ") {");
            line(out, "        return new " + name + "(" + all + ");");
            line(out, "    }");
        }
        line(out, "}");
        return out.toString();
    }

    private void line(StringBuilder out, String text) {
        out.append(indent).append(text).append('\n');
    }

    private String parameters(List<Component> components) {
        return components.stream()
                .map(component -> jsonName(component.name()) + javaType(component.type()) + " "
                        + component.identifier())
                .collect(Collectors.joining(", "));
    }

    private String plainParameters(List<Component> components) {
        return components.stream()
                .map(component -> javaType(component.type()) + " " + component.identifier())
                .collect(Collectors.joining(", "));
    }

    private static String requiredOrNull(List<Component> components) {
        return components.stream()
                .map(component -> component.required() ? component.identifier() : "null")
                .collect(Collectors.joining(", "));
    }

    /** Jackson reads and writes a renamed component or constant under its GraphQL name. */
    private static String jsonName(String name) {
        return JavaNames.isReserved(name) ? "@com.fasterxml.jackson.annotation.JsonProperty(\"" + name + "\") " : "";
    }

    String javaType(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return javaType(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return "java.util.List<" + javaType(list.getType()) + ">";
        }
        String name = AppSyncSchema.baseName(type);
        if (!schema.isLeaf(name) || schema.isEnum(name)) {
            return name;
        }
        return switch (name) {
            case "Int" -> "Integer";
            case "Float" -> "Double";
            case "Boolean" -> "Boolean";
            case "AWSTimestamp" -> "Long";
            default -> "String";
        };
    }
}
