package dev.forte.data;

import static dev.forte.data.a.customType;
import static dev.forte.data.a.enumType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.AuthOperation.CREATE;
import static dev.forte.schema.AuthOperation.LIST;
import static dev.forte.schema.AuthOperation.READ;
import static dev.forte.schema.ModelOperation.MUTATIONS;
import static dev.forte.schema.ModelOperation.ON_DELETE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.Define;
import dev.forte.schema.AuthRule;
import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumRef;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.schema.SecondaryIndex;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference corpus (schemas 1, 3, 4, 5) built with the DSL, checked against Amplify's directive SDL. */
class CorpusSchemasTest {

    @Test
    void readmeExampleDefinesDataWithAmplifyDefaults() {
        var schema = a.schema(
                        model("Todo", a.model(
                                field("name", a.string().required()),
                                field("description", a.string()),
                                field("priority", a.enumOf("LOW", "HIGH")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        DataDefinition data = Define.defineData(DataProps.of(schema));

        assertThat(data.name()).isEqualTo("amplifyData");
        assertThat(data.authorizationModes().defaultAuthorizationMode()).isEqualTo(AuthorizationMode.API_KEY);
        assertThat(data.authorizationModes().apiKeyExpiresInDays()).isEqualTo(7);
        assertThat(data.schema().authorization()).containsExactly(AuthRule.publicApiKey());
        assertThat(data.schema().enums()).containsExactly(new EnumType("TodoPriority", List.of("LOW", "HIGH")));
        assertThat(graphqlTypes(data.schema().model("Todo").orElseThrow()))
                .containsExactly("name: String!", "description: String", "priority: TodoPriority");
    }

    @Test
    void schema1MirrorsAuthorizationModes() {
        var schema = a.schema(model("Todo", a.model(
                        field("name", a.string()),
                        field("description", a.string()),
                        field("isDone", a.boolean_()))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        var data = Define.defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.API_KEY, 30).build());

        assertThat(data.authorizationModes().apiKeyExpiresInDays()).isEqualTo(30);
        assertThat(graphqlTypes(data.schema().models().get(0)))
                .containsExactly("name: String", "description: String", "isDone: Boolean");
    }

    @Test
    void schema3GivesEveryScalarArrayNullabilityAndStringifiedDefault() {
        Model model = schema3().model("AllScalars").orElseThrow();

        assertThat(graphqlTypes(model)).containsExactly(
                "idField: ID", "stringField: String", "integerField: Int", "floatField: Float",
                "booleanField: Boolean", "dateField: AWSDate", "timeField: AWSTime",
                "datetimeField: AWSDateTime", "timestampField: AWSTimestamp", "emailField: AWSEmail",
                "jsonField: AWSJSON", "phoneField: AWSPhone", "urlField: AWSURL", "ipAddressField: AWSIPAddress",
                "requiredString: String!", "requiredInteger: Int!", "requiredDatetime: AWSDateTime!",
                "stringArray: [String]", "requiredElementArray: [String!]", "requiredArray: [Int]!",
                "requiredBoth: [Float!]!", "emailArray: [AWSEmail]",
                "stringWithDefault: String", "integerWithDefault: Int", "floatWithDefault: Float",
                "booleanWithDefault: Boolean", "dateWithDefault: AWSDate", "emailWithDefault: AWSEmail",
                "requiredWithDefault: String!");
        Map<String, String> defaults = model.fields().stream().filter(f -> f.defaultValue() != null)
                .collect(Collectors.toMap(Field::name, Field::defaultValue));
        assertThat(defaults).containsExactlyInAnyOrderEntriesOf(Map.of(
                "stringWithDefault", "hello", "integerWithDefault", "42", "floatWithDefault", "3.14",
                "booleanWithDefault", "true", "dateWithDefault", "2024-01-01",
                "emailWithDefault", "user@example.com", "requiredWithDefault", "x"));
    }

    @Test
    void schema3ArrayFlagsFollowModifierOrder() {
        Map<String, Field> fields = byName(schema3().model("AllScalars").orElseThrow());

        assertThat(flags(fields.get("stringArray"))).containsExactly(false, true, false);
        assertThat(flags(fields.get("requiredElementArray"))).containsExactly(true, true, false);
        assertThat(flags(fields.get("requiredArray"))).containsExactly(false, true, true);
        assertThat(flags(fields.get("requiredBoth"))).containsExactly(true, true, true);
    }

    @Test
    void schema4NamesInlineTypesAfterModelAndFieldAndKeepsDeclarationOrder() {
        DataSchema schema = schema4();

        assertThat(schema.enums()).containsExactly(
                new EnumType("Status", List.of("DRAFT", "PUBLISHED", "ARCHIVED")),
                new EnumType("PlacePriority", List.of("LOW", "MEDIUM", "HIGH")));
        assertThat(schema.customTypes()).extracting(CustomType::name)
                .containsExactly("Address", "GeoPoint", "PlaceMeta");
        assertThat(graphqlTypes(schema.customType("PlaceMeta").orElseThrow().fields()))
                .containsExactly("source: String", "tags: [String]");
        assertThat(graphqlTypes(schema.customType("Address").orElseThrow().fields()))
                .containsExactly("street: String!", "city: String", "zip: String", "geo: GeoPoint");
        assertThat(graphqlTypes(schema.model("Place").orElseThrow())).containsExactly(
                "name: String!", "status: Status", "requiredStatus: Status!", "statusHistory: [Status]",
                "address: Address", "previousAddresses: [Address]", "priority: PlacePriority", "meta: PlaceMeta");
    }

    @Test
    void schema4ResolvesRefsToEnumAndCustomTypeReferences() {
        Map<String, Field> fields = byName(schema4().model("Place").orElseThrow());

        assertThat(fields.get("status").type()).isEqualTo(new EnumRef("Status"));
        assertThat(fields.get("priority").type()).isEqualTo(new EnumRef("PlacePriority"));
        assertThat(fields.get("previousAddresses").type()).isEqualTo(new CustomTypeRef("Address"));
        assertThat(fields.get("meta").type()).isEqualTo(new CustomTypeRef("PlaceMeta"));
    }

    @Test
    void schema5KeepsCompositeIdentifierAndIndexesAsDeclared() {
        DataSchema schema = schema5();
        Model product = schema.model("Product").orElseThrow();
        Model customer = schema.model("Customer").orElseThrow();

        assertThat(product.identifier()).containsExactly("storeId", "sku");
        assertThat(product.hasDefaultIdentifier()).isFalse();
        assertThat(product.secondaryIndexes()).containsExactly(
                new SecondaryIndex("category", List.of("price"), null, "listProductsByCategoryAndPrice", false),
                new SecondaryIndex("name", List.of(), null, null, false),
                new SecondaryIndex("storeId", List.of("releasedOn", "name"), "byStoreReleaseName", null, false));
        assertThat(customer.identifier()).containsExactly("email");
        assertThat(customer.secondaryIndexes()).containsExactly(
                new SecondaryIndex("accountRepresentativeId", List.of("name"), null, null, false));
    }

    @Test
    void modelRulesAndDisabledOperationsReachTheModel() {
        var schema = a.schema(model("Log", a.model(field("line", a.string()))
                        .disableOperations(MUTATIONS, ON_DELETE)
                        .authorization(allow -> List.of(allow.publicApiKey().to(READ)))))
                .toDataSchema();
        Model log = schema.models().get(0);

        assertThat(log.isEnabled(ModelOperation.CREATE)).isFalse();
        assertThat(log.isEnabled(ModelOperation.ON_DELETE)).isFalse();
        assertThat(log.isEnabled(ModelOperation.ON_CREATE)).isTrue();
        assertThat(schema.effectiveRules(log)).singleElement()
                .satisfies(rule -> assertThat(rule.allows(CREATE)).isFalse())
                .satisfies(rule -> assertThat(rule.allows(LIST)).isTrue());
    }

    @Test
    void numericDefaultsAreStringifiedLikeJavaScript() {
        Model model = a.schema(model("N", a.model(
                        field("whole", a.float_().default_(1.0)),
                        field("small", a.float_().default_(0.00001)),
                        field("negative", a.integer().required().default_(-7)))))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema().models().get(0);

        assertThat(model.fields()).extracting(Field::defaultValue).containsExactly("1", "0.00001", "-7");
        assertThat(model.fields().get(2).required()).isTrue();
    }

    static DataSchema schema3() {
        return a.schema(model("AllScalars", a.model(
                        field("idField", a.id()),
                        field("stringField", a.string()),
                        field("integerField", a.integer()),
                        field("floatField", a.float_()),
                        field("booleanField", a.boolean_()),
                        field("dateField", a.date()),
                        field("timeField", a.time()),
                        field("datetimeField", a.datetime()),
                        field("timestampField", a.timestamp()),
                        field("emailField", a.email()),
                        field("jsonField", a.json()),
                        field("phoneField", a.phone()),
                        field("urlField", a.url()),
                        field("ipAddressField", a.ipAddress()),
                        field("requiredString", a.string().required()),
                        field("requiredInteger", a.integer().required()),
                        field("requiredDatetime", a.datetime().required()),
                        field("stringArray", a.string().array()),
                        field("requiredElementArray", a.string().required().array()),
                        field("requiredArray", a.integer().array().required()),
                        field("requiredBoth", a.float_().required().array().required()),
                        field("emailArray", a.email().array()),
                        field("stringWithDefault", a.string().default_("hello")),
                        field("integerWithDefault", a.integer().default_(42)),
                        field("floatWithDefault", a.float_().default_(3.14)),
                        field("booleanWithDefault", a.boolean_().default_(true)),
                        field("dateWithDefault", a.date().default_("2024-01-01")),
                        field("emailWithDefault", a.email().default_("user@example.com")),
                        field("requiredWithDefault", a.string().required().default_("x")))))
                .authorization(allow -> List.of(allow.publicApiKey()))
                .toDataSchema();
    }

    static DataSchema schema4() {
        return a.schema(
                        enumType("Status", a.enumOf("DRAFT", "PUBLISHED", "ARCHIVED")),
                        customType("Address", a.customType(
                                field("street", a.string().required()),
                                field("city", a.string()),
                                field("zip", a.string()),
                                field("geo", a.ref("GeoPoint")))),
                        customType("GeoPoint", a.customType(
                                field("lat", a.float_().required()),
                                field("lng", a.float_().required()))),
                        model("Place", a.model(
                                field("name", a.string().required()),
                                field("status", a.ref("Status")),
                                field("requiredStatus", a.ref("Status").required()),
                                field("statusHistory", a.ref("Status").array()),
                                field("address", a.ref("Address")),
                                field("previousAddresses", a.ref("Address").array()),
                                field("priority", a.enumOf("LOW", "MEDIUM", "HIGH")),
                                field("meta", a.customType(
                                        field("source", a.string()),
                                        field("tags", a.string().array()))))))
                .authorization(allow -> List.of(allow.publicApiKey()))
                .toDataSchema();
    }

    static DataSchema schema5() {
        return a.schema(
                        model("Product", a.model(
                                        field("storeId", a.id().required()),
                                        field("sku", a.string().required()),
                                        field("name", a.string().required()),
                                        field("category", a.string().required()),
                                        field("price", a.float_().required()),
                                        field("inStock", a.boolean_()),
                                        field("releasedOn", a.date()))
                                .identifier("storeId", "sku")
                                .secondaryIndexes(index -> List.of(
                                        index.of("category").sortKeys("price")
                                                .queryField("listProductsByCategoryAndPrice"),
                                        index.of("name"),
                                        index.of("storeId").sortKeys("releasedOn", "name")
                                                .name("byStoreReleaseName")))),
                        model("Customer", a.model(
                                        field("email", a.email().required()),
                                        field("name", a.string()),
                                        field("accountRepresentativeId", a.id().required()))
                                .identifier("email")
                                .secondaryIndexes(index -> List.of(
                                        index.of("accountRepresentativeId").sortKeys("name")))))
                .authorization(allow -> List.of(allow.publicApiKey()))
                .toDataSchema();
    }

    private static List<String> graphqlTypes(Model model) {
        return graphqlTypes(model.fields());
    }

    private static List<String> graphqlTypes(List<Field> fields) {
        return fields.stream().map(f -> f.name() + ": " + f.graphqlType()).toList();
    }

    private static Map<String, Field> byName(Model model) {
        return model.fields().stream().collect(Collectors.toMap(Field::name, Function.identity()));
    }

    private static List<Boolean> flags(Field field) {
        return List.of(field.required(), field.array(), field.arrayRequired());
    }
}
