package dev.forte.transform;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.DataDefinition;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumRef;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.FieldType;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.schema.ResourceGrant;
import dev.forte.schema.ResourceOperation;
import dev.forte.schema.Scalar;
import dev.forte.schema.SecondaryIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the conformance corpus's schemas from the schema model, reading close to their {@code a.schema(...)}
 * sources; the public DSL is written elsewhere, so the tests do not depend on it.
 */
final class TestSchemas {
    private static final AuthorizationModes API_KEY_30_DAYS = new AuthorizationModes(AuthorizationMode.API_KEY, 30);

    private TestSchemas() {}

    /** {@code Todo} from the docs, with its {@code allow.resource(functionWithDataAccess)}: no trace in the SDL. */
    static DataDefinition schema1() {
        DataDefinition data = define(List.of(model("Todo",
                field("name", Scalar.STRING), field("description", Scalar.STRING), field("isDone", Scalar.BOOLEAN))
                .build()), List.of(), List.of());
        DataSchema schema = data.schema();
        ResourceGrant grant = new ResourceGrant("data-access", Set.of(ResourceOperation.values()));
        return new DataDefinition(data.name(), new DataSchema(schema.models(), schema.enums(), schema.customTypes(),
                schema.authorization(), List.of(grant)), data.authorizationModes());
    }

    /** {@code Todo} with {@code allow.owner()}, a query+listen grant, {@code defineAuth()} and no declared modes. */
    static DataDefinition schema2() {
        Model todo = new Model("Todo", List.of(field("name", Scalar.STRING), field("description", Scalar.STRING)),
                List.of(Model.DEFAULT_IDENTIFIER), List.of(), Set.of(),
                List.of(AuthRule.of(AuthStrategy.OWNER, null).withField(AuthRule.DEFAULT_OWNER_FIELD, false)));
        ResourceGrant grant = new ResourceGrant("data-access", Set.of(ResourceOperation.QUERY, ResourceOperation.LISTEN));
        DataSchema schema = new DataSchema(List.of(todo), List.of(), List.of(), List.of(), List.of(grant));
        return new DataDefinition(DataDefinition.DEFAULT_NAME, schema, AuthorizationModes.defaults()).withAuth();
    }

    static DataDefinition schema3() {
        ModelBuilder allScalars = model("AllScalars",
                field("idField", Scalar.ID), field("stringField", Scalar.STRING), field("integerField", Scalar.INT),
                field("floatField", Scalar.FLOAT), field("booleanField", Scalar.BOOLEAN),
                field("dateField", Scalar.AWS_DATE), field("timeField", Scalar.AWS_TIME),
                field("datetimeField", Scalar.AWS_DATE_TIME), field("timestampField", Scalar.AWS_TIMESTAMP),
                field("emailField", Scalar.AWS_EMAIL), field("jsonField", Scalar.AWS_JSON),
                field("phoneField", Scalar.AWS_PHONE), field("urlField", Scalar.AWS_URL),
                field("ipAddressField", Scalar.AWS_IP_ADDRESS),
                required("requiredString", Scalar.STRING), required("requiredInteger", Scalar.INT),
                required("requiredDatetime", Scalar.AWS_DATE_TIME),
                array("stringArray", Scalar.STRING, false, false),
                array("requiredElementArray", Scalar.STRING, true, false),
                array("requiredArray", Scalar.INT, false, true),
                array("requiredBoth", Scalar.FLOAT, true, true),
                array("emailArray", Scalar.AWS_EMAIL, false, false),
                withDefault("stringWithDefault", Scalar.STRING, false, "hello"),
                withDefault("integerWithDefault", Scalar.INT, false, "42"),
                withDefault("floatWithDefault", Scalar.FLOAT, false, "3.14"),
                withDefault("booleanWithDefault", Scalar.BOOLEAN, false, "true"),
                withDefault("dateWithDefault", Scalar.AWS_DATE, false, "2024-01-01"),
                withDefault("emailWithDefault", Scalar.AWS_EMAIL, false, "user@example.com"),
                withDefault("requiredWithDefault", Scalar.STRING, true, "x"));
        return define(List.of(allScalars.build()), List.of(), List.of());
    }

    static DataDefinition schema4() {
        EnumRef status = new EnumRef("Status");
        CustomTypeRef address = new CustomTypeRef("Address");
        Model place = model("Place",
                required("name", Scalar.STRING), field("status", status), required("requiredStatus", status),
                array("statusHistory", status, false, false), field("address", address),
                array("previousAddresses", address, false, false),
                field("priority", new EnumRef("PlacePriority")), field("meta", new CustomTypeRef("PlaceMeta")))
                .build();
        List<EnumType> enums = List.of(
                new EnumType("Status", List.of("DRAFT", "PUBLISHED", "ARCHIVED")),
                new EnumType("PlacePriority", List.of("LOW", "MEDIUM", "HIGH")));
        List<CustomType> customTypes = List.of(
                new CustomType("Address", List.of(required("street", Scalar.STRING), field("city", Scalar.STRING),
                        field("zip", Scalar.STRING), field("geo", new CustomTypeRef("GeoPoint")))),
                new CustomType("GeoPoint", List.of(required("lat", Scalar.FLOAT), required("lng", Scalar.FLOAT))),
                new CustomType("PlaceMeta", List.of(field("source", Scalar.STRING),
                        array("tags", Scalar.STRING, false, false))));
        return define(List.of(place), enums, customTypes);
    }

    static DataDefinition schema5() {
        Model product = model("Product",
                required("storeId", Scalar.ID), required("sku", Scalar.STRING), required("name", Scalar.STRING),
                required("category", Scalar.STRING), required("price", Scalar.FLOAT),
                field("inStock", Scalar.BOOLEAN), field("releasedOn", Scalar.AWS_DATE))
                .identifier("storeId", "sku")
                .index(new SecondaryIndex("category", List.of("price"), null, "listProductsByCategoryAndPrice", false))
                .index(new SecondaryIndex("name", List.of(), null, null, false))
                .index(new SecondaryIndex("storeId", List.of("releasedOn", "name"), "byStoreReleaseName", null, false))
                .build();
        Model customer = model("Customer",
                required("email", Scalar.AWS_EMAIL), field("name", Scalar.STRING),
                required("accountRepresentativeId", Scalar.ID))
                .identifier("email")
                .index(new SecondaryIndex("accountRepresentativeId", List.of("name"), null, null, false))
                .build();
        return define(List.of(product, customer), List.of(), List.of());
    }

    /** Returns a backend like the corpus's: schema-level {@code allow.publicApiKey()}, default mode API key. */
    static DataDefinition define(List<Model> models, List<EnumType> enums, List<CustomType> customTypes) {
        DataSchema schema = new DataSchema(models, enums, customTypes, List.of(AuthRule.publicApiKey()), List.of());
        return new DataDefinition(DataDefinition.DEFAULT_NAME, schema, API_KEY_30_DAYS);
    }

    static ModelBuilder model(String name, Field... fields) {
        return new ModelBuilder(name, List.of(fields));
    }

    static Field field(String name, FieldType type) {
        return Field.of(name, type);
    }

    static Field required(String name, FieldType type) {
        return new Field(name, type, true, false, false, null, List.of());
    }

    static Field array(String name, FieldType type, boolean elementRequired, boolean arrayRequired) {
        return new Field(name, type, elementRequired, true, arrayRequired, null, List.of());
    }

    static Field withDefault(String name, FieldType type, boolean required, String value) {
        return new Field(name, type, required, false, false, value, List.of());
    }

    /** A model under construction: {@code model("Product", ...).identifier("storeId", "sku").index(...)}. */
    static final class ModelBuilder {
        private final String name;
        private final List<Field> fields;
        private List<String> identifier = List.of(Model.DEFAULT_IDENTIFIER);
        private final List<SecondaryIndex> indexes = new ArrayList<>();
        private Set<ModelOperation> disabled = Set.of();

        private ModelBuilder(String name, List<Field> fields) {
            this.name = name;
            this.fields = fields;
        }

        ModelBuilder identifier(String... keyFields) {
            identifier = List.of(keyFields);
            return this;
        }

        ModelBuilder index(SecondaryIndex index) {
            indexes.add(index);
            return this;
        }

        ModelBuilder index(String partitionKey, @Nullable String queryField, String... sortKeys) {
            return index(new SecondaryIndex(partitionKey, List.of(sortKeys), null, queryField, false));
        }

        ModelBuilder disableOperations(ModelOperation... operations) {
            disabled = Set.of(operations);
            return this;
        }

        Model build() {
            return new Model(name, fields, identifier, indexes, disabled, List.of());
        }
    }
}
