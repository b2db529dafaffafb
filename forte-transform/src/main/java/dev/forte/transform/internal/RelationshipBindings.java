package dev.forte.transform.internal;

import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Relationship;
import dev.forte.transform.RelationshipBinding;
import java.util.ArrayList;
import java.util.List;

/** The relationship fields of a schema's model types, in model and field order. */
public final class RelationshipBindings {
    private RelationshipBindings() {}

    /** Returns one binding per relationship field of {@code schema}. */
    public static List<RelationshipBinding> of(DataSchema schema) {
        List<RelationshipBinding> bindings = new ArrayList<>();
        for (Model model : schema.models()) {
            for (Field field : model.relationshipFields()) {
                bindings.add(bind(schema, model, field));
            }
        }
        return bindings;
    }

    private static RelationshipBinding bind(DataSchema schema, Model model, Field field) {
        Relationship relationship = field.relationship().orElseThrow();
        boolean fromParent = relationship.kind().isParentSide();
        Model parent = fromParent ? model : schema.model(relationship.relatedModel()).orElseThrow();
        // the GSI Amplify adds on the child for a parent-side field: gsi-Post.comments
        String index = fromParent ? "gsi-" + model.name() + "." + field.name() : null;
        return new RelationshipBinding(model.name(), field.name(), relationship.kind(), relationship.relatedModel(),
                relationship.references(), parent.identifier(), index);
    }
}
