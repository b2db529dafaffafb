package dev.forte.codegen.internal.android;

import dev.forte.codegen.internal.android.Connection.Kind;
import dev.forte.codegen.internal.android.JavaBlock.Method;
import dev.forte.codegen.internal.names.ChangeCase;
import dev.forte.transform.ModelNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code <Model>.java}: the immutable model class with its {@code @ModelConfig} and {@code @Index} annotations,
 * {@code QueryField} constants, annotated fields, step builder, identifier and value methods.
 */
final class ModelClassWriter {
    private static final String ANNOTATIONS = "com.amplifyframework.core.model.annotations.";
    private static final Map<Kind, List<String>> RELATIONSHIP_IMPORTS = Map.of(
            Kind.BELONGS_TO, List.of(ANNOTATIONS + "BelongsTo", "com.amplifyframework.core.model.ModelReference",
                    "com.amplifyframework.core.model.LoadedModelReferenceImpl"),
            Kind.HAS_ONE, List.of(ANNOTATIONS + "HasOne", "com.amplifyframework.core.model.ModelReference",
                    "com.amplifyframework.core.model.LoadedModelReferenceImpl"),
            Kind.HAS_MANY, List.of(ANNOTATIONS + "HasMany", "com.amplifyframework.core.model.ModelList"));
    private static final List<String> FRAMEWORK = List.of("com.amplifyframework.core.model.Model",
            ANNOTATIONS + "Index", ANNOTATIONS + "ModelConfig", ANNOTATIONS + "ModelField",
            "com.amplifyframework.core.model.query.predicate.QueryField");
    private static final List<String> AUTH = List.of("com.amplifyframework.core.model.AuthStrategy",
            "com.amplifyframework.core.model.ModelOperation", ANNOTATIONS + "AuthRule");

    private final TypeShape model;
    private final JavaTypes types;
    private boolean usingAuth;

    private ModelClassWriter(TypeShape model, ModelgenSchema schema) {
        this.model = model;
        this.types = new JavaTypes(schema);
    }

    static String write(TypeShape model, ModelgenSchema schema) {
        return new ModelClassWriter(model, schema).write();
    }

    private String write() {
        boolean idIsKey = !model.key().custom();
        JavaBlock block = JavaBlock.declare("class", model.name())
                .modifiers("public final")
                .implementing(List.of("Model"))
                .comment("This is an auto generated class representing the " + model.name() + " type in your schema.")
                .annotate(annotations());
        String path = model.name() + "Path";
        block.member("public static final", path, "rootPath", "new " + path + "(\"root\", false, null)");
        model.writableFields().forEach(field -> block.member("public static final", "QueryField",
                ChangeCase.constantCase(field.name()), "field(\"" + model.name() + "\", \"" + queried(field) + "\")"));
        model.fields().forEach(field -> block.member(field.readOnly() ? "private" : "private final",
                fieldAnnotations(field), types.declared(field), field.name(), field.stored() ? "" : "null"));
        IdentifierWriter identifier = new IdentifierWriter(model, types);
        identifier.addField(block);
        BuilderWriter builder = BuilderWriter.of(model, types, idIsKey);
        builder.addNestedTypes(block);
        block.nest(identifier.identifierClass());
        block.method(identifier.resolveIdentifier());
        ValueMethods.addGetters(block, model, types);
        ValueMethods.addConstructor(block, model, types);
        block.method(ValueMethods.equalsMethod(model));
        block.method(ValueMethods.hashCodeMethod(model));
        block.method(ValueMethods.toStringMethod(model));
        block.method(builder.builderMethod());
        if (idIsKey) {
            block.method(justId());
        }
        block.method(builder.copyOfBuilderMethod());
        String classText = block.print();
        return types.header(baseImports()) + "\n" + classText;
    }

    private List<String> annotations() {
        List<String> annotations = new ArrayList<>(List.of("SuppressWarnings(\"all\")"));
        for (Directive directive : model.directives()) {
            if (directive.name().equals("model")) {
                annotations.add(modelConfig());
            } else if (directive.name().equals("key")) {
                String fields = String.join(",", directive.strings("fields").stream().map(f -> "\"" + f + "\"").toList());
                annotations.add("Index(name = \"" + indexName(directive) + "\", fields = {" + fields + "})");
            }
        }
        return annotations;
    }

    /** The primary key's entry has no name, which Amplify's generator prints as JavaScript prints a missing value. */
    private static String indexName(Directive key) {
        String name = key.string("name");
        return name == null ? "undefined" : name;
    }

    private String modelConfig() {
        List<String> arguments = new ArrayList<>(List.of("pluralName = \"" + ModelNames.pluralName(model.name()) + "\"",
                "type = Model.Type.USER", "version = 1"));
        String rules = AuthRuleText.of(model.directives());
        if (!rules.isEmpty()) {
            usingAuth = true;
            arguments.add("authRules = " + rules);
        }
        arguments.add("hasLazySupport = true");
        return "ModelConfig(" + String.join(", ", arguments) + ")";
    }

    /** Returns the name a field is queried by: a belongs-to by the field holding the other side's key. */
    private static String queried(FieldShape field) {
        return field.connection() != null && field.connection().kind() == Kind.BELONGS_TO
                ? field.connection().targetName() : field.name();
    }

    private List<String> fieldAnnotations(FieldShape field) {
        List<String> arguments = new ArrayList<>(List.of("targetType=\"" + field.type() + "\""));
        if (field.required()) {
            arguments.add("isRequired = true");
        }
        String rules = AuthRuleText.of(field.directives());
        if (!rules.isEmpty()) {
            usingAuth = true;
            arguments.add("authRules = " + rules);
        }
        if (field.readOnly()) {
            arguments.add("isReadOnly = true");
        }
        List<String> annotations = new ArrayList<>(List.of("ModelField(" + String.join(", ", arguments) + ")"));
        if (field.connection() != null) {
            annotations.add(relationship(field.connection()));
        }
        return annotations;
    }

    private String relationship(Connection connection) {
        RELATIONSHIP_IMPORTS.get(connection.kind()).forEach(types::addImport);
        List<String> arguments = new ArrayList<>();
        if (connection.kind() == Kind.BELONGS_TO) {
            arguments.add("targetName = \"" + connection.targetName() + "\"");
            arguments.add("targetNames = {" + String.join(", ", connection.targetNames().stream()
                    .map(t -> "\"" + t + "\"").toList()) + "}");
        } else {
            arguments.add("associatedWith = \"" + connection.associatedWith() + "\"");
        }
        arguments.add("type = " + connection.connectedModel() + ".class");
        return connection.kind().annotation() + "(" + String.join(", ", arguments) + ")";
    }

    private Method justId() {
        List<String> arguments = new ArrayList<>(List.of("id"));
        model.writableFields().stream().skip(1).forEach(f -> arguments.add("null"));
        String body = "return new " + model.name() + "(\n" + Indentation.indentLines(String.join(",\n", arguments))
                + "\n);";
        return Method.of("public static", model.name(), "justId", body)
                .withParameters(List.of("String id"))
                .withComment("""
                        WARNING: This method should not be used to build an instance of this object for a CREATE \
                        mutation.
                        This is a convenience method to return an instance of the object with only its ID populated
                        to be used in the context of a parameter in a delete mutation or referencing a foreign key
                        in a relationship.
                        @param id the id of the existing item this instance will represent
                        @return an instance of this model with only ID populated""");
    }

    private List<String> baseImports() {
        List<String> framework = new ArrayList<>(FRAMEWORK);
        if (usingAuth) {
            framework.addAll(AUTH);
            framework.sort(null);
        }
        List<String> imports = new ArrayList<>(List.of("java.util.List", "java.util.UUID", "java.util.Objects", "",
                "androidx.core.util.ObjectsCompat", ""));
        imports.addAll(framework);
        imports.addAll(List.of("", "static com.amplifyframework.core.model.query.predicate.QueryField.field", ""));
        return imports;
    }
}
