package dev.forte.codegen.internal.android;

import static dev.forte.codegen.internal.android.Indentation.indent;

import dev.forte.codegen.internal.android.JavaBlock.Method;
import java.util.List;

/**
 * A model's identifier: the nested {@code <Model>Identifier} class every model gets, and {@code resolveIdentifier()},
 * which returns the key field's value, or for a composite key an identifier built once and kept in a field.
 */
final class IdentifierWriter {
    private static final String MODEL_IDENTIFIER = "com.amplifyframework.core.model.ModelIdentifier";

    private final TypeShape model;
    private final JavaTypes types;

    IdentifierWriter(TypeShape model, JavaTypes types) {
        this.model = model;
        this.types = types;
    }

    /** Adds the field holding a composite key's identifier. */
    void addField(JavaBlock block) {
        if (model.key().composite()) {
            block.member("private", className(), fieldName(), "");
        }
    }

    JavaBlock identifierClass() {
        types.addImport(MODEL_IDENTIFIER);
        List<FieldShape> fields = keyFields();
        List<String> parameters = fields.stream().map(f -> types.declared(f) + " " + f.name()).toList();
        return JavaBlock.declare("class", className())
                .modifiers("public static")
                .extending("ModelIdentifier<" + model.name() + ">")
                .member("private static final", "long", "serialVersionUID", "1L")
                .method(Method.of("public", "", className(), "super(" + names() + ");").withParameters(parameters));
    }

    Method resolveIdentifier() {
        PrimaryKey key = model.key();
        String returnType = key.composite() ? className() : types.declared(keyFields().get(0));
        String body = key.composite()
                ? String.join("\n", "if (" + fieldName() + " == null) {",
                        indent("this." + fieldName() + " = new " + className() + "(" + names() + ");"), "}",
                        "return " + fieldName() + ";")
                : "return " + key.field() + ";";
        return Method.of("public", returnType, "resolveIdentifier", body)
                .annotated("Deprecated")
                .withComment("@deprecated This API is internal to Amplify and should not be used.");
    }

    private List<FieldShape> keyFields() {
        return model.key().fields().stream().map(name -> model.field(name).orElseThrow(() ->
                new IllegalArgumentException("Model `" + model.name() + "`: key field `" + name + "` is not a field"
                        + " of the model; declare it."))).toList();
    }

    private String names() {
        return String.join(", ", model.key().fields());
    }

    private String className() {
        return model.name() + "Identifier";
    }

    private String fieldName() {
        String name = className();
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
