package dev.forte.data.internal;

import java.util.List;

/** A named entry of {@code a.schema(...)}: a model, an enum, a custom type or a custom operation. */
public sealed interface EntryShape {

    /** Returns the entry's type name. */
    String name();

    /** {@code model("Todo", a.model(...))}. */
    record ModelEntry(String name, ModelShape model) implements EntryShape {}

    /** {@code enumType("Status", a.enumOf(...))}. */
    record EnumEntry(String name, List<String> values) implements EntryShape {
        public EnumEntry {
            values = List.copyOf(values);
        }
    }

    /** {@code customType("Address", a.customType(...))}. */
    record CustomTypeEntry(String name, List<FieldDeclaration> fields) implements EntryShape {
        public CustomTypeEntry {
            fields = List.copyOf(fields);
        }
    }

    /** {@code query("todoSummary", a.query()...)} or {@code mutation("markDone", a.mutation()...)}. */
    record OperationEntry(String name, OperationShape operation) implements EntryShape {}
}
