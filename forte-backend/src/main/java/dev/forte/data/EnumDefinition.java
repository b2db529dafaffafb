package dev.forte.data;

import dev.forte.data.internal.FieldShape;
import dev.forte.data.internal.TypeShape.InlineEnumShape;
import java.util.List;

/**
 * The values of {@code a.enumOf("LOW", "HIGH")}: named with {@code enumType("Priority", a.enumOf(...))}, or used
 * inline as a field type, where the enum is named {@code <Model><Field>} (e.g. {@code PlacePriority}). Like
 * Amplify's {@code a.enum}, it takes no modifiers: use {@code a.ref("Priority").required()} for a required or
 * list field.
 */
public final class EnumDefinition extends FieldDefinition {
    private final List<String> values;

    EnumDefinition(List<String> values) {
        this.values = List.copyOf(values);
    }

    List<String> values() {
        return values;
    }

    @Override
    FieldShape shape() {
        return FieldShape.of(new InlineEnumShape(values));
    }
}
