package dev.forte.data;

import dev.forte.data.internal.FieldShape;

/**
 * A field's type and modifiers, as {@code field(name, definition)} takes it: a scalar such as
 * {@code a.string().required()}, a ref such as {@code a.ref("Status").array()}, or an inline
 * {@code a.enumOf(...)} or {@code a.customType(...)}.
 */
public abstract sealed class FieldDefinition permits ModelField, EnumDefinition, CustomTypeDefinition,
        RelationshipField {

    FieldDefinition() {}

    abstract FieldShape shape();
}
