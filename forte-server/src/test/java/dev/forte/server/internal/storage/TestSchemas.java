package dev.forte.server.internal.storage;

import dev.forte.schema.AuthRule;
import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumRef;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.FieldType;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import dev.forte.schema.SecondaryIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Schemas for the storage tests: {@code Todo} with one field of every kind, and schema5's {@code Product}. */
final class TestSchemas {
    private TestSchemas() {}

    static Model todo() {
        return model("Todo", List.of(
                Field.of("name", Scalar.STRING),
                Field.of("description", Scalar.STRING),
                Field.of("priority", Scalar.INT),
                Field.of("rating", Scalar.FLOAT),
                Field.of("done", Scalar.BOOLEAN),
                Field.of("dueAt", Scalar.AWS_TIMESTAMP),
                Field.of("dueOn", Scalar.AWS_DATE),
                Field.of("meta", Scalar.AWS_JSON),
                Field.of("status", new EnumRef("Status")),
                Field.of("address", new CustomTypeRef("Address")),
                new Field("tags", Scalar.STRING, true, true, false, null, List.of())));
    }

    /** schema5's {@code Product}: identifier {@code [storeId, sku]} and three secondary indexes. */
    static Model product() {
        return new Model("Product", List.of(
                required("storeId", Scalar.ID),
                required("sku", Scalar.STRING),
                Field.of("name", Scalar.STRING),
                Field.of("category", Scalar.STRING),
                Field.of("price", Scalar.FLOAT),
                Field.of("releasedOn", Scalar.AWS_DATE)),
                List.of("storeId", "sku"),
                List.of(new SecondaryIndex("name", List.of(), null, null, false),
                        new SecondaryIndex("category", List.of("price"), null, "listProductsByCategoryAndPrice", false),
                        new SecondaryIndex("storeId", List.of("releasedOn", "name"), "byStoreReleaseName", null, false)),
                Set.of(), List.of(AuthRule.publicApiKey()));
    }

    static DataSchema schema(Model... models) {
        return new DataSchema(List.of(models), List.of(new EnumType("Status", List.of("ACTIVE", "DONE"))),
                List.of(new CustomType("Address", List.of(Field.of("city", Scalar.STRING)))),
                List.of(AuthRule.publicApiKey()), List.of());
    }

    static Model model(String name, List<Field> fields) {
        return new Model(name, fields, List.of(Model.DEFAULT_IDENTIFIER), List.of(), Set.of(), List.of());
    }

    /** Returns {@code model} with {@code field} added at the end. */
    static Model withField(Model model, Field field) {
        List<Field> fields = new ArrayList<>(model.fields());
        fields.add(field);
        return new Model(model.name(), fields, model.identifier(), model.secondaryIndexes(),
                model.disabledOperations(), model.authorization());
    }

    /** Returns {@code model} without the field {@code name}. */
    static Model withoutField(Model model, String name) {
        return new Model(model.name(), model.fields().stream().filter(f -> !f.name().equals(name)).toList(),
                model.identifier(), model.secondaryIndexes(), model.disabledOperations(), model.authorization());
    }

    static Field required(String name, FieldType type) {
        return new Field(name, type, true, false, false, null, List.of());
    }
}
