package dev.forte.data;

import dev.forte.data.internal.FieldDeclaration;
import java.util.Arrays;
import java.util.List;

/** One {@code field("name", a.string())} of a model or custom type, the {@code name: a.string()} of Amplify. */
public final class FieldEntry {
    private final FieldDeclaration declaration;

    FieldEntry(String name, FieldDefinition definition) {
        this.declaration = new FieldDeclaration(name, definition.shape());
    }

    static List<FieldDeclaration> declarations(FieldEntry... fields) {
        return Arrays.stream(fields).map(f -> f.declaration).toList();
    }
}
