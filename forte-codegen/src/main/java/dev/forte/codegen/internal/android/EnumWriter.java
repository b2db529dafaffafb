package dev.forte.codegen.internal.android;

import dev.forte.codegen.internal.names.ChangeCase;
import java.util.List;

/** {@code <Enum>.java}: a Java enum with the GraphQL enum's values. */
final class EnumWriter {
    private EnumWriter() {}

    static String write(EnumShape enumType) {
        String declaration = JavaBlock.declare("enum", ChangeCase.pascalCase(enumType.name()))
                .annotate(List.of("SuppressWarnings(\"all\")"))
                .comment("Auto generated enum from GraphQL schema.")
                .body(Indentation.indentLines(String.join(",\n", enumType.values())))
                .print();
        return "package " + JavaTypes.PACKAGE + ";\n" + declaration;
    }
}
