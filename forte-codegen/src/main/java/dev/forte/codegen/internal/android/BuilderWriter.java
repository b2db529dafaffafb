package dev.forte.codegen.internal.android;

import static dev.forte.codegen.internal.android.Indentation.indent;
import static dev.forte.codegen.internal.android.Indentation.indentLines;

import dev.forte.codegen.internal.android.JavaBlock.Method;
import dev.forte.codegen.internal.names.ChangeCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The step builder of a model or non-model class: one {@code <Field>Step} interface per required field in order, then
 * {@code BuildStep} with {@code build()} and the optional fields, the {@code Builder} that implements them, and
 * {@code CopyOfBuilder} for copies. For a model keyed by {@code id}, {@code id} is optional and set with
 * {@code id(String)}.
 */
final class BuilderWriter {
    private final TypeShape type;
    private final JavaTypes types;
    private final boolean idIsKey;
    private final Set<String> fieldTypes;

    private BuilderWriter(TypeShape type, JavaTypes types, boolean idIsKey) {
        this.type = type;
        this.types = types;
        this.idIsKey = idIsKey;
        this.fieldTypes = type.fields().stream().map(FieldShape::type).collect(Collectors.toSet());
    }

    /** Returns the builder of {@code type}; {@code idIsKey} when {@code type} is a model keyed by {@code id}. */
    static BuilderWriter of(TypeShape type, JavaTypes types, boolean idIsKey) {
        return new BuilderWriter(type, types, idIsKey);
    }

    /** Adds the step interfaces, {@code Builder} and {@code CopyOfBuilder} to {@code block}. */
    void addNestedTypes(JavaBlock block) {
        stepInterfaces().forEach(block::nest);
        block.nest(builderClass());
        block.nest(copyOfBuilderClass());
    }

    Method builderMethod() {
        List<FieldShape> steps = steps();
        String first = stepName(steps.isEmpty() ? "Build" : steps.get(0).name());
        return Method.of("public static", first, "builder", indentLines("return new Builder();"));
    }

    Method copyOfBuilderMethod() {
        String arguments = indentLines(names(type.writableFields(), ",\n")).trim();
        return Method.of("public", "CopyOfBuilder", "copyOfBuilder", "return new CopyOfBuilder(" + arguments + ");");
    }

    private List<FieldShape> required() {
        return type.writableFields().stream().filter(FieldShape::required).toList();
    }

    private List<FieldShape> optional() {
        return type.writableFields().stream().filter(f -> !f.required()).toList();
    }

    /** The required fields set by a step of their own: all of them, but {@code id} when it is the model's key. */
    private List<FieldShape> steps() {
        return required().stream().filter(f -> !(idIsKey && f.name().equals("id"))).toList();
    }

    private List<JavaBlock> stepInterfaces() {
        List<FieldShape> steps = steps();
        List<JavaBlock> interfaces = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            FieldShape field = steps.get(i);
            String next = stepName(i == steps.size() - 1 ? "Build" : steps.get(i + 1).name());
            interfaces.add(JavaBlock.declare("interface", stepName(field.name()))
                    .body(indent(next + " " + setter(field) + ";")));
        }
        List<String> buildStep = new ArrayList<>(List.of(type.name() + " build();"));
        if (idIsKey) {
            buildStep.add(stepName("Build") + " id(String id);");
        }
        optional().forEach(field -> buildStep.add(stepName("Build") + " " + setter(field) + ";"));
        interfaces.add(JavaBlock.declare("interface", stepName("Build")).body(indentLines(String.join("\n", buildStep))));
        return interfaces;
    }

    private JavaBlock builderClass() {
        List<String> implemented = Stream.concat(steps().stream().map(f -> stepName(f.name())), Stream.of(stepName("Build")))
                .toList();
        JavaBlock builder = JavaBlock.declare("class", "Builder").modifiers("public static").implementing(implemented);
        Stream.concat(required().stream(), optional().stream())
                .forEach(field -> builder.member("private", types.declared(field), field.name(), ""));
        builder.method(Method.of("public", "", "Builder", ""));
        builder.method(Method.of("private", "", "Builder", assignments()).withParameters(parameters()));
        builder.method(buildMethod());
        List<FieldShape> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            String next = stepName(i == steps.size() - 1 ? "Build" : steps.get(i + 1).name());
            builder.method(setterMethod(steps.get(i), next, true));
        }
        optional().forEach(field -> builder.method(setterMethod(field, stepName("Build"), false)));
        if (idIsKey) {
            builder.method(Method.of("public", stepName("Build"), "id", indentLines("this.id = id;\nreturn this;"))
                    .withParameters(List.of("String id"))
                    .withComment("@param id id\n@return Current Builder instance, for fluent method chaining"));
        }
        return builder;
    }

    private Method buildMethod() {
        List<String> lines = new ArrayList<>();
        if (idIsKey) {
            lines.add("String id = this.id != null ? this.id : UUID.randomUUID().toString();");
        }
        lines.add("");
        lines.add("return new " + type.name() + "(\n" + indentLines(names(type.writableFields(), ",\n")) + ");");
        return Method.of("public", type.name(), "build", indentLines(String.join("\n", lines))).annotated("Override");
    }

    private Method setterMethod(FieldShape field, String returnType, boolean required) {
        String argument = ChangeCase.camelCase(field.name());
        String assignment = field.connection() != null && field.connection().isReference()
                ? "this." + field.name() + " = new LoadedModelReferenceImpl<>(" + argument + ");"
                : "this." + field.name() + " = " + argument + ";";
        String body = (required ? "Objects.requireNonNull(" + argument + ");\n" : "") + assignment + "\nreturn this;";
        return Method.of("public", returnType, argument, indentLines(body))
                .withParameters(List.of(types.unwrapped(field) + " " + argument))
                .annotated("Override");
    }

    private JavaBlock copyOfBuilderClass() {
        List<FieldShape> required = required().stream().filter(f -> !(idIsKey && f.name().equals("id"))).toList();
        JavaBlock copy = JavaBlock.declare("class", "CopyOfBuilder").modifiers("public final").extending("Builder");
        String checks = required.stream().map(f -> "Objects.requireNonNull(" + f.name() + ");")
                .collect(Collectors.joining("\n"));
        List<String> parameters = type.writableFields().stream()
                .map(f -> types.declared(f) + " " + ChangeCase.camelCase(f.name())).toList();
        copy.method(Method.of("private", "", "CopyOfBuilder",
                "super(" + names(type.writableFields(), ", ") + ");\n" + checks).withParameters(parameters));
        Stream.concat(required.stream(), optional().stream()).forEach(field -> {
            String argument = ChangeCase.camelCase(field.name());
            copy.method(Method.of("public", "CopyOfBuilder", argument,
                            "return (CopyOfBuilder) super." + argument + "(" + argument + ");")
                    .withParameters(List.of(types.unwrapped(field) + " " + argument))
                    .annotated("Override"));
        });
        return copy;
    }

    private String assignments() {
        return type.writableFields().stream().map(f -> "this." + f.name() + " = " + f.name() + ";")
                .collect(Collectors.joining("\n"));
    }

    private List<String> parameters() {
        return type.writableFields().stream().map(f -> types.declared(f) + " " + f.name()).toList();
    }

    private static String names(List<FieldShape> fields, String separator) {
        return fields.stream().map(FieldShape::name).collect(Collectors.joining(separator));
    }

    /** Returns {@code <Name>Step}, or {@code <Name>BuildStep} when a field's type already has that name. */
    private String stepName(String fieldName) {
        String pascal = ChangeCase.pascalCase(fieldName);
        return fieldTypes.contains(pascal + "Step") ? pascal + "BuildStep" : pascal + "Step";
    }

    private String setter(FieldShape field) {
        String argument = ChangeCase.camelCase(field.name());
        return argument + "(" + types.unwrapped(field) + " " + argument + ")";
    }
}
