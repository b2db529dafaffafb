package dev.forte.schema;

import java.util.List;

/**
 * The type of a relationship field ({@code a.hasMany("Comment", "postId")}): the related model and the reference
 * fields that link the two. The reference fields are always scalar fields of the <em>child</em> (the model with
 * the {@code belongsTo}), listed in the order of the parent's identifier: {@code references.get(i)} holds the
 * parent's {@code identifier().get(i)}. Both sides of a relationship name the same references.
 *
 * <p>A relationship field is not stored: the API resolves it from the reference fields. A {@code hasMany} field
 * is an array ({@code [Comment]}, {@code [Comment!]} after {@code .valueRequired()}); a {@code hasOne} field is
 * non-null after {@code .required()}; a {@code belongsTo} field is always nullable.
 *
 * @param relatedModel the model at the other end: the child for {@code hasMany}/{@code hasOne}, the parent for
 *     {@code belongsTo}
 * @param references the child's reference fields, in the order of the parent's identifier fields
 */
public record Relationship(RelationshipKind kind, String relatedModel, List<String> references)
        implements FieldType {

    public Relationship {
        references = List.copyOf(references);
        if (references.isEmpty()) {
            throw new IllegalArgumentException("Relationship to `" + relatedModel + "` has no reference fields");
        }
    }

    @Override
    public String graphqlName() {
        return relatedModel;
    }
}
