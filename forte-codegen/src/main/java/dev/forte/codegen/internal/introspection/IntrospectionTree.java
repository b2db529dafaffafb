package dev.forte.codegen.internal.introspection;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumRef;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.ModelRef;
import dev.forte.schema.Relationship;
import dev.forte.schema.RelationshipKind;
import dev.forte.schema.Scalar;
import dev.forte.transform.ModelNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The model introspection schema of a data schema, as Amplify's model generator makes it from the directive SDL:
 * {@code {version: 1, models, enums, nonModels}}, each model with its fields (the implicit {@code id} first, the
 * read-only timestamps last), its {@code model}, {@code key} and {@code auth} attributes and its primary key.
 */
public final class IntrospectionTree {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CREATED_AT = "createdAt";
    private static final String UPDATED_AT = "updatedAt";

    private IntrospectionTree() {}

    /** Returns the introspection tree of {@code schema}. */
    public static ObjectNode of(DataSchema schema) {
        ObjectNode root = NODES.objectNode();
        root.put("version", 1);
        ObjectNode models = root.putObject("models");
        schema.models().forEach(model -> models.set(model.name(), model(schema, model)));
        ObjectNode enums = root.putObject("enums");
        schema.enums().forEach(enumType -> enums.set(enumType.name(), enumType(enumType)));
        ObjectNode nonModels = root.putObject("nonModels");
        schema.customTypes().forEach(type -> nonModels.set(type.name(), nonModel(type)));
        OperationsTree.addTo(root, schema);
        return root;
    }

    private static ObjectNode model(DataSchema schema, Model model) {
        ObjectNode node = NODES.objectNode();
        node.put("name", model.name());
        ObjectNode fields = node.putObject("fields");
        for (Field field : modelFields(model)) {
            ObjectNode fieldNode = field(field);
            if (isTimestamp(field.name()) && model.field(field.name()).isEmpty()) {
                fieldNode.put("isRequired", false);
                fieldNode.put("isReadOnly", true);
            }
            fields.set(field.name(), fieldNode);
        }
        node.put("syncable", true);
        node.put("pluralName", ModelNames.pluralName(model.name()));
        node.set("attributes", ModelAttributes.of(schema, model));
        ObjectNode primaryKey = node.putObject("primaryKeyInfo");
        primaryKey.put("isCustomPrimaryKey", !model.hasDefaultIdentifier());
        primaryKey.put("primaryKeyFieldName", model.identifier().get(0));
        ArrayNode sortKeys = primaryKey.putArray("sortKeyFieldNames");
        model.identifier().subList(1, model.identifier().size()).forEach(sortKeys::add);
        return node;
    }

    /** Returns the model's fields as the client sees them: implicit {@code id} first, the timestamps last. */
    static List<Field> modelFields(Model model) {
        List<Field> fields = new ArrayList<>();
        if (model.hasDefaultIdentifier() && model.field(Model.DEFAULT_IDENTIFIER).isEmpty()) {
            fields.add(new Field(Model.DEFAULT_IDENTIFIER, Scalar.ID, true, false, false, null, List.of()));
        }
        for (Field field : model.fields()) {
            boolean partitionKey = !model.hasDefaultIdentifier() && model.identifier().get(0).equals(field.name());
            fields.add(partitionKey && !field.required() ? required(field) : field);
        }
        for (String timestamp : List.of(CREATED_AT, UPDATED_AT)) {
            if (model.field(timestamp).isEmpty()) {
                fields.add(Field.of(timestamp, Scalar.AWS_DATE_TIME));
            }
        }
        return fields;
    }

    private static Field required(Field field) {
        return new Field(field.name(), field.type(), true, field.array(), field.arrayRequired(),
                field.defaultValue(), field.authorization());
    }

    private static boolean isTimestamp(String name) {
        return name.equals(CREATED_AT) || name.equals(UPDATED_AT);
    }

    /** Returns a field's entry: name, type ({@code "String"}, {@code {enum}}, {@code {nonModel}}, {@code {model}}). */
    static ObjectNode field(Field field) {
        ObjectNode node = NODES.objectNode();
        node.put("name", field.name());
        node.put("isArray", field.array());
        if (field.type() instanceof EnumRef enumRef) {
            node.putObject("type").put("enum", enumRef.name());
        } else if (field.type() instanceof CustomTypeRef customType) {
            node.putObject("type").put("nonModel", customType.name());
        } else if (field.type() instanceof ModelRef modelRef) {
            node.putObject("type").put("model", modelRef.name());
        } else if (field.type() instanceof Relationship relationship) {
            node.putObject("type").put("model", relationship.relatedModel());
        } else {
            node.put("type", field.type().graphqlName());
        }
        node.put("isRequired", field.required());
        node.putArray("attributes"); // always empty: the generator leaves field rules out of the introspection
        if (field.array()) {
            node.put("isArrayNullable", !field.arrayRequired());
        }
        field.relationship().ifPresent(relationship -> node.set("association", association(relationship)));
        return node;
    }

    /**
     * Returns a relationship field's {@code association}, which the JS client's lazy loaders read: the parent's side
     * names the child's reference fields in {@code associatedWith} ({@code hasOne} adds an empty
     * {@code targetNames}), the child's side names its own in {@code targetNames}.
     */
    private static ObjectNode association(Relationship relationship) {
        ObjectNode node = NODES.objectNode();
        node.put("connectionType", switch (relationship.kind()) {
            case HAS_MANY -> "HAS_MANY";
            case HAS_ONE -> "HAS_ONE";
            case BELONGS_TO -> "BELONGS_TO";
        });
        if (relationship.kind().isParentSide()) {
            ArrayNode associatedWith = node.putArray("associatedWith");
            relationship.references().forEach(associatedWith::add);
        }
        if (relationship.kind() != RelationshipKind.HAS_MANY) {
            ArrayNode targets = node.putArray("targetNames");
            if (relationship.kind() == RelationshipKind.BELONGS_TO) {
                relationship.references().forEach(targets::add);
            }
        }
        return node;
    }

    private static ObjectNode enumType(EnumType enumType) {
        ObjectNode node = NODES.objectNode();
        node.put("name", enumType.name());
        ArrayNode values = node.putArray("values");
        enumType.values().forEach(values::add);
        return node;
    }

    private static ObjectNode nonModel(CustomType type) {
        ObjectNode node = NODES.objectNode();
        node.put("name", type.name());
        ObjectNode fields = node.putObject("fields");
        type.fields().forEach(field -> fields.set(field.name(), field(field)));
        return node;
    }
}
