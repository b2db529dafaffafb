package dev.forte.data.internal;

import dev.forte.schema.RelationshipKind;
import dev.forte.schema.Scalar;
import java.util.List;

/** The type a field was declared with, before inline types are named and refs resolved. */
public sealed interface TypeShape {

    /** {@code a.string()} and the other scalars. */
    record ScalarShape(Scalar scalar) implements TypeShape {}

    /** {@code a.ref("Name")}. */
    record RefShape(String target) implements TypeShape {}

    /** {@code a.enumOf(...)} used as a field type; named {@code <Owner><Field>}. */
    record InlineEnumShape(List<String> values) implements TypeShape {
        public InlineEnumShape {
            values = List.copyOf(values);
        }
    }

    /** {@code a.customType(...)} used as a field type; named {@code <Owner><Field>}. */
    record InlineCustomTypeShape(List<FieldDeclaration> fields) implements TypeShape {
        public InlineCustomTypeShape {
            fields = List.copyOf(fields);
        }
    }

    /** {@code a.hasMany(...)}, {@code a.hasOne(...)} or {@code a.belongsTo(...)}. */
    record RelationshipShape(RelationshipKind kind, String relatedModel, List<String> references)
            implements TypeShape {
        public RelationshipShape {
            references = List.copyOf(references);
        }
    }
}
