package dev.forte.transform;

import dev.forte.schema.RelationshipKind;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Binds one relationship field of a model type ({@code Post.comments}) to how it is resolved: which model it reads,
 * and which of its fields match which fields of the source object.
 *
 * <p>The reference fields always belong to the child (the model with the {@code belongsTo}) and the key fields to
 * the parent; {@code referenceFields.get(i)} holds {@code parentKeyFields.get(i)}. Which side the field is on decides
 * the direction:
 * <ul>
 *   <li>{@link RelationshipKind#HAS_MANY} and {@link RelationshipKind#HAS_ONE}: {@code typeName} is the parent,
 *       {@code relatedModel} the child. Resolve by reading the children whose reference fields equal the source's
 *       key fields ({@code Comment.postId = post.id}): all of them (a connection with {@code filter},
 *       {@code sortDirection}, {@code limit}, {@code nextToken}) for {@code hasMany}, the first for {@code hasOne}.
 *       A source with a null key field resolves to no children.</li>
 *   <li>{@link RelationshipKind#BELONGS_TO}: {@code typeName} is the child, {@code relatedModel} the parent. Resolve
 *       by getting the parent whose key fields equal the source's reference fields ({@code Post.id =
 *       comment.postId}); null when a reference field is null or no such parent exists.</li>
 * </ul>
 * In Amplify the field is authorized with the related model's read rules.
 *
 * @param typeName the model type that declares the field, e.g. {@code Post}
 * @param fieldName the relationship field, e.g. {@code comments}
 * @param relatedModel the model the field returns (or lists), e.g. {@code Comment}
 * @param referenceFields the child's reference fields, in the order of the parent's identifier, e.g.
 *     {@code [postId]}
 * @param parentKeyFields the parent's identifier fields, e.g. {@code [id]} or {@code [storeId, region]}
 * @param indexName for {@code hasMany} and {@code hasOne}, the GSI Amplify's transformer adds on the child's table
 *     for the lookup ({@code gsi-Post.comments}: partition key the first reference field, sort key the others);
 *     null for {@code belongsTo}, which reads the parent by its primary key
 */
public record RelationshipBinding(
        String typeName,
        String fieldName,
        RelationshipKind kind,
        String relatedModel,
        List<String> referenceFields,
        List<String> parentKeyFields,
        @Nullable String indexName) {

    public RelationshipBinding {
        referenceFields = List.copyOf(referenceFields);
        parentKeyFields = List.copyOf(parentKeyFields);
        if (referenceFields.size() != parentKeyFields.size()) {
            throw new IllegalArgumentException(typeName + "." + fieldName + ": " + referenceFields.size()
                    + " reference fields for " + parentKeyFields.size() + " key fields");
        }
    }

    /** Returns true when {@code typeName} is the parent: {@code hasMany} and {@code hasOne}. */
    public boolean fromParent() {
        return kind.isParentSide();
    }
}
