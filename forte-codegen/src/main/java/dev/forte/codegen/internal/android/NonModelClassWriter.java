package dev.forte.codegen.internal.android;

import java.util.List;

/** {@code <Type>.java} for a custom type: an immutable class with a step builder, no annotations. */
final class NonModelClassWriter {
    private static final List<String> BASE_IMPORTS = List.of("androidx.core.util.ObjectsCompat", "",
            "java.util.Objects", "java.util.List", "");

    private NonModelClassWriter() {}

    static String write(TypeShape type, ModelgenSchema schema) {
        JavaTypes types = new JavaTypes(schema);
        JavaBlock block = JavaBlock.declare("class", type.name())
                .modifiers("public final")
                .comment("This is an auto generated class representing the " + type.name() + " type in your schema.");
        type.fields().forEach(field -> block.member("private final", types.declared(field), field.name(), ""));
        BuilderWriter builder = BuilderWriter.of(type, types, false);
        builder.addNestedTypes(block);
        ValueMethods.addGetters(block, type, types);
        ValueMethods.addConstructor(block, type, types);
        block.method(ValueMethods.equalsMethod(type));
        block.method(ValueMethods.hashCodeMethod(type));
        block.method(builder.builderMethod());
        block.method(builder.copyOfBuilderMethod());
        String classText = block.print();
        return types.header(BASE_IMPORTS) + "\n" + classText;
    }
}
