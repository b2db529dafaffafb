package dev.forte.data;

import dev.forte.data.internal.FieldDeclaration;
import dev.forte.data.internal.FieldShape;
import dev.forte.data.internal.TypeShape.InlineCustomTypeShape;
import java.util.List;

/**
 * The fields of {@code a.customType(field(...), ...)}: a non-model type, named with
 * {@code customType("Address", a.customType(...))} or used inline as a field type, where it is named
 * {@code <Model><Field>} (e.g. {@code PlaceMeta}). It takes no modifiers: use
 * {@code a.ref("Address").array()} for a required or list field.
 */
public final class CustomTypeDefinition extends FieldDefinition {
    private final List<FieldDeclaration> fields;

    CustomTypeDefinition(List<FieldDeclaration> fields) {
        this.fields = List.copyOf(fields);
    }

    List<FieldDeclaration> fields() {
        return fields;
    }

    @Override
    FieldShape shape() {
        return FieldShape.of(new InlineCustomTypeShape(fields));
    }
}
