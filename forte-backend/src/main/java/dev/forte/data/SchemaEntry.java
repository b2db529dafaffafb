package dev.forte.data;

import dev.forte.data.internal.EntryShape;

/**
 * One named entry of {@code a.schema(...)}, the {@code Todo: a.model(...)} of Amplify:
 * {@code model("Todo", a.model(...))}, {@code enumType("Status", a.enumOf(...))} or
 * {@code customType("Address", a.customType(...))}.
 */
public final class SchemaEntry {
    private final EntryShape shape;

    SchemaEntry(EntryShape shape) {
        this.shape = shape;
    }

    EntryShape shape() {
        return shape;
    }
}
