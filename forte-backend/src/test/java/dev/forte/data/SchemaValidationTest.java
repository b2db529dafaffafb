package dev.forte.data;

import static dev.forte.data.a.customType;
import static dev.forte.data.a.enumType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataProps;
import dev.forte.backend.Define;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every mistake a schema can make is rejected with a message naming the type or field and the fix. */
class SchemaValidationTest {

    private static void assertRejected(ThrowingCallable build, String message) {
        assertThatThrownBy(build).isExactlyInstanceOf(SchemaException.class).hasMessage(message);
    }

    private static ModelSchema todo(FieldEntry... fields) {
        return a.schema(model("Todo", a.model(fields)));
    }

    @Test
    void rejectsModelWithoutRulesInAmplifysWords() {
        assertRejected(() -> Define.defineData(DataProps.of(todo(field("name", a.string())))),
                "Model `Todo` is missing authorization rules. Add global rules to the schema or ensure every model"
                        + " has its own rules.");
    }

    @Test
    void acceptsModelRulesWithoutSchemaRules() {
        var schema = a.schema(model("Todo", a.model(field("name", a.string()))
                .authorization(allow -> List.of(allow.publicApiKey()))));

        assertThat(Define.defineData(DataProps.of(schema)).schema().models().get(0).authorization()).hasSize(1);
    }

    @Test
    void rejectsOptionalIdentifierFieldInAmplifysWords() {
        assertRejected(() -> a.schema(model("Product", a.model(
                        field("storeId", a.id().required()), field("sku", a.string()))
                        .identifier("storeId", "sku"))),
                "Model `Product`: Invalid identifier definition. Field sku cannot be used in the identifier."
                        + " Identifiers must reference required or DB-generated fields) Make the field required with"
                        + " `.required()` (and not an array).");
    }

    @Test
    void rejectsOptionalUserDeclaredId() {
        assertRejected(() -> todo(field("id", a.id())),
                "Model `Todo`: Invalid identifier definition. Field id cannot be used in the identifier."
                        + " Identifiers must reference required or DB-generated fields) Make the field required with"
                        + " `.required()` (and not an array).");
    }

    @Test
    void rejectsUnknownIdentifierField() {
        assertRejected(() -> a.schema(model("Product", a.model(field("sku", a.string().required()))
                        .identifier("storeId", "sku"))),
                "Model `Product`: identifier field `storeId` is not a field of the model. Declare it, e.g."
                        + " field(\"storeId\", a.id().required()), or fix the name.");
    }

    @Test
    void rejectsUnknownIndexField() {
        assertRejected(() -> a.schema(model("Product", a.model(field("category", a.string()))
                        .secondaryIndexes(index -> List.of(index.of("category").sortKeys("prize"))))),
                "Model `Product` secondary index on `category`: key field `prize` is not a field of the model."
                        + " Declare it or fix the name.");
    }

    @Test
    void acceptsIndexSortedByImplicitTimestamp() {
        var schema = a.schema(model("Todo", a.model(field("status", a.string()))
                        .secondaryIndexes(index -> List.of(index.of("status").sortKeys("createdAt")))))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema();

        assertThat(schema.models().get(0).secondaryIndexes().get(0).sortKeys()).containsExactly("createdAt");
    }

    @Test
    void rejectsArrayIndexKey() {
        assertRejected(() -> a.schema(model("Todo", a.model(field("tags", a.string().array()))
                        .secondaryIndexes(index -> List.of(index.of("tags"))))),
                "Model `Todo` secondary index on `tags`: key field `tags` is an array. Index keys must be single"
                        + " scalar or enum fields.");
    }

    @Test
    void rejectsIndexQueryFieldThatClashesWithAnother() {
        assertRejected(() -> a.schema(model("Product", a.model(field("name", a.string()), field("sku", a.string()))
                        .secondaryIndexes(index -> List.of(
                                index.of("name"),
                                index.of("sku").queryField("listProductByName"))))),
                "Model `Product` secondary index on `sku`: its query field `listProductByName` is already taken by"
                        + " Model `Product` secondary index on `name`. Give the index a distinct `.queryField(...)` or"
                        + " use `.noQueryField()`.");
    }

    @Test
    void rejectsIndexQueryFieldThatTakesAGetQuery() {
        assertRejected(() -> a.schema(model("Product", a.model(field("name", a.string()))
                        .secondaryIndexes(index -> List.of(index.of("name").queryField("getProduct"))))),
                "Model `Product` secondary index on `name`: its query field `getProduct` is already taken by the get"
                        + " query of model `Product`. Give the index a distinct `.queryField(...)` or use"
                        + " `.noQueryField()`.");
    }

    @Test
    void acceptsSameDefaultQueryFieldWhenOneIndexHasNone() {
        var schema = a.schema(model("Product", a.model(field("name", a.string()))
                        .secondaryIndexes(index -> List.of(index.of("name"), index.of("name").name("b").noQueryField()))))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema();

        assertThat(schema.models().get(0).secondaryIndexes().get(1).queryDisabled()).isTrue();
    }

    @Test
    void rejectsEnumValueWithWhitespaceInAmplifysWords() {
        assertRejected(() -> a.schema(enumType("Status", a.enumOf("DRAFT", "IN REVIEW")), model("Todo", a.model())),
                "Values of the enum type Status should not contain any whitespace.");
    }

    @Test
    void namesInlineEnumInWhitespaceError() {
        assertRejected(() -> todo(field("priority", a.enumOf("VERY HIGH"))),
                "Values of the enum type TodoPriority should not contain any whitespace.");
    }

    @Test
    void rejectsEnumValueThatIsNotAGraphqlName() {
        assertRejected(() -> todo(field("rank", a.enumOf("1ST", "2ND"))),
                "Enum `TodoRank` value `1ST` is not a valid GraphQL enum value. Use letters, digits and _, starting"
                        + " with a letter; true, false and null are not allowed.");
    }

    @Test
    void rejectsDuplicateEnumValue() {
        assertRejected(() -> todo(field("rank", a.enumOf("A", "A"))),
                "Enum `TodoRank` lists the value `A` twice. Remove one.");
    }

    @Test
    void rejectsUnknownRefTarget() {
        assertRejected(() -> todo(field("status", a.ref("Stauts"))),
                "Model `Todo` field `status`: `a.ref(\"Stauts\")` names no enum or custom type of the schema."
                        + " Declare it with enumType(\"Stauts\", ...) or customType(\"Stauts\", ...), or fix the name.");
    }

    @Test
    void rejectsRefToModelFromCustomType() {
        assertRejected(() -> a.schema(
                        customType("Address", a.customType(field("resident", a.ref("Person")))),
                        model("Person", a.model(field("name", a.string())))),
                "Custom type `Address` field `resident`: `a.ref(\"Person\")` refers to a model, and a custom type"
                        + " cannot reference a model. Reference an enum or another custom type instead.");
    }

    @Test
    void rejectsRefToModelFromModel() {
        assertRejected(() -> a.schema(
                        model("Post", a.model(field("author", a.ref("Person")))),
                        model("Person", a.model(field("name", a.string())))),
                "Model `Post` field `author`: `a.ref(\"Person\")` refers to a model; `a.ref` can only name an enum or"
                        + " a custom type. Link models with a relationship: `a.hasMany(\"Person\", \"<reference>\")`"
                        + " or `a.hasOne(...)` on the parent, `a.belongsTo(...)` on the child, which declares the"
                        + " reference field (e.g. `field(\"postId\", a.id())`).");
    }

    @Test
    void rejectsTwoEntriesWithTheSameName() {
        assertRejected(() -> a.schema(model("Todo", a.model()), enumType("Todo", a.enumOf("A"))),
                "Type name `Todo` is declared twice: by model `Todo` and by enum `Todo`. Rename one of them.");
    }

    @Test
    void rejectsInlineTypeNameThatClashesWithANamedType() {
        assertRejected(() -> a.schema(
                        enumType("PlacePriority", a.enumOf("A")),
                        model("Place", a.model(field("priority", a.enumOf("LOW", "HIGH"))))),
                "Type name `PlacePriority` is declared twice: by enum `PlacePriority` and by the inline enum of"
                        + " Model `Place` field `priority`. Rename one of them.");
    }

    @Test
    void rejectsDuplicateFieldName() {
        assertRejected(() -> todo(field("name", a.string()), field("name", a.string().required())),
                "Model `Todo` declares field `name` twice. Remove one or rename it.");
    }

    @Test
    void rejectsInvalidFieldName() {
        assertRejected(() -> todo(field("due-at", a.datetime())),
                "Model `Todo` field: `due-at` is not a valid GraphQL name. Use letters, digits and _, starting with"
                        + " a letter (and not with __).");
    }

    @Test
    void rejectsInvalidTypeName() {
        assertRejected(() -> a.schema(model("To do", a.model())),
                "The name of model `To do`: `To do` is not a valid GraphQL name. Use letters, digits and _,"
                        + " starting with a letter (and not with __).");
    }

    @Test
    void rejectsRootTypeNameAsModelName() {
        assertRejected(() -> a.schema(model("Query", a.model())),
                "The name of model `Query`, `Query`, is reserved: the generated GraphQL API uses it for its own"
                        + " types. Rename it.");
    }

    @Test
    void rejectsGeneratedTypeShapeAsModelName() {
        assertRejected(() -> a.schema(model("Todo", a.model()), model("ModelTodoConnection", a.model())),
                "The name of model `ModelTodoConnection`, `ModelTodoConnection`, is reserved: the generated GraphQL"
                        + " API uses it for its own types. Rename it.");
    }

    @Test
    void rejectsNameThatAnotherTypeGenerates() {
        assertRejected(() -> a.schema(model("Todo", a.model()),
                        customType("CreateTodoInput", a.customType(field("x", a.string())))),
                "Type name `CreateTodoInput` clashes with the type `CreateTodoInput` the API generates for model"
                        + " `Todo`. Rename one of them.");
    }

    @Test
    void rejectsTimestampFieldOfAnotherType() {
        assertRejected(() -> todo(field("createdAt", a.date())),
                "Model `Todo` field `createdAt`: the API sets `createdAt` itself as an AWSDateTime. Declare it as"
                        + " `a.datetime()` or rename the field.");
    }

    @Test
    void rejectsIdFieldOfAnotherType() {
        assertRejected(() -> todo(field("id", a.integer().required())),
                "Model `Todo` field `id`: the primary key `id` must be `a.id()` or `a.string()`. Change its type,"
                        + " rename the field, or give the model an `.identifier(...)`.");
    }

    @Test
    void rejectsDefaultThatIsNotOfTheFieldsType() {
        assertRejected(() -> todo(field("count", a.integer().default_("abc"))),
                "Model `Todo` field `count`: default value \"abc\" is not a valid Int. Pass `.default_(...)` a value"
                        + " of the field's type.");
    }

    @Test
    void rejectsDefaultOutsideIntRange() {
        assertRejected(() -> todo(field("count", a.integer().default_(3_000_000_000L))),
                "Model `Todo` field `count`: default value \"3000000000\" is not a valid Int. Pass `.default_(...)` a"
                        + " value of the field's type.");
    }

    @Test
    void rejectsDefaultThatIsNotADate() {
        assertRejected(() -> todo(field("due", a.date().default_("tomorrow"))),
                "Model `Todo` field `due`: default value \"tomorrow\" is not a valid AWSDate. Pass `.default_(...)` a"
                        + " value of the field's type.");
    }

    @Test
    void rejectsCustomTypeWithoutFields() {
        assertRejected(() -> a.schema(customType("Empty", a.customType()), model("Todo", a.model())),
                "Custom type `Empty` has no fields. Give `a.customType(...)` at least one field.");
    }

    @Test
    void rejectsSchemaWithoutModels() {
        assertRejected(() -> a.schema(enumType("Status", a.enumOf("A"))),
                "The schema declares no model. Add one, e.g. model(\"Todo\", a.model(field(\"name\", a.string()))).");
    }

    @Test
    void rejectsModelModifierUsedTwice() {
        assertRejected(() -> a.model(field("a", a.id().required())).identifier("a").identifier("a"),
                "`.identifier(...)` is called twice on the same model. Call it once with everything it should"
                        + " declare.");
    }

    @Test
    void rejectsSchemaAuthorizationUsedTwice() {
        assertRejected(() -> todo().authorization(allow -> List.of(allow.publicApiKey()))
                        .authorization(allow -> List.of(allow.publicApiKey())),
                "`.authorization(...)` is called twice on the schema. Call it once with every schema-level rule.");
    }

    @Test
    void rejectsApiKeyLifetimeOutOfRange() {
        assertRejected(() -> DataProps.builder(todo()).authorizationModes(AuthorizationMode.API_KEY, 400).build(),
                "defineData authorizationModes: apiKeyExpiresInDays must be between 1 and 365, got 400.");
    }

    @Test
    void rejectsInvalidDataName() {
        assertRejected(() -> DataProps.builder(todo()).name("my api").build(),
                "defineData name `my api` is not valid. Use letters, digits and _, starting with a letter, e.g."
                        + " `todoApi`.");
    }
}
