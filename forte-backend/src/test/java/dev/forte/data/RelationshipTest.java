package dev.forte.data;

import static dev.forte.data.a.customType;
import static dev.forte.data.a.enumType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Relationship;
import dev.forte.schema.RelationshipKind;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** {@code a.hasMany}, {@code a.hasOne} and {@code a.belongsTo}: their schema model and Amplify's rules. */
class RelationshipTest {

    private static void assertRejected(ThrowingCallable build, String message) {
        assertThatThrownBy(build).isExactlyInstanceOf(SchemaException.class).hasMessage(message);
    }

    private static Field fieldOf(DataSchema schema, String model, String name) {
        return schema.model(model).orElseThrow().field(name).orElseThrow();
    }

    private static ModelSchema postWithComments(FieldEntry... commentFields) {
        return a.schema(
                model("Post", a.model(field("title", a.string()), field("comments", a.hasMany("Comment", "postId")))),
                model("Comment", a.model(commentFields)));
    }

    @Test
    void resolvesHasManyAndBelongsToIntoRelationshipFields() {
        DataSchema schema = postWithComments(field("postId", a.id()), field("post", a.belongsTo("Post", "postId")))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema();

        Field comments = fieldOf(schema, "Post", "comments");
        assertThat(comments.type()).isEqualTo(new Relationship(RelationshipKind.HAS_MANY, "Comment", List.of("postId")));
        assertThat(comments.graphqlType()).isEqualTo("[Comment]");
        Field post = fieldOf(schema, "Comment", "post");
        assertThat(post.relationship()).contains(new Relationship(RelationshipKind.BELONGS_TO, "Post",
                List.of("postId")));
        assertThat(post.graphqlType()).isEqualTo("Post");
    }

    @Test
    void separatesRelationshipFieldsFromStoredFields() {
        Model comment = postWithComments(field("content", a.string()), field("postId", a.id()),
                field("post", a.belongsTo("Post", "postId"))).authorization(allow -> List.of(allow.publicApiKey())).toDataSchema().model("Comment").orElseThrow();

        assertThat(comment.relationshipFields()).extracting(Field::name).containsExactly("post");
        assertThat(comment.storedFields()).extracting(Field::name).containsExactly("content", "postId");
        assertThat(comment.fields()).extracting(Field::name).containsExactly("content", "postId", "post");
    }

    @Test
    void keepsFieldRulesOfRelationships() {
        DataSchema schema = a.schema(
                model("User", a.model(
                        field("profile", a.hasOne("Profile", "userId")
                                .authorization(allow -> List.of(allow.owner()))))),
                model("Profile", a.model(field("userId", a.id()), field("user", a.belongsTo("User", "userId")
                        .authorization(allow -> List.of(allow.authenticated()))))))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema();

        assertThat(fieldOf(schema, "User", "profile").authorization()).hasSize(1);
        assertThat(fieldOf(schema, "Profile", "user").authorization()).hasSize(1);
    }

    @Test
    void rejectsValueRequiredHasManyInTheTransformersWords() {
        assertRejected(() -> a.schema(
                        model("Team", a.model(field("members", a.hasMany("Member", "teamId").valueRequired()))),
                        model("Member", a.model(field("teamId", a.id()), field("team", a.belongsTo("Team", "teamId"))))),
                "@hasMany fields must not be required. Change 'Team.members: [Member!]' to 'Team.members: [Member]'."
                        + " Remove `.valueRequired()`.");
    }

    @Test
    void rejectsRequiredHasOneInTheTransformersWords() {
        assertRejected(() -> a.schema(
                        model("Team", a.model(field("lead", a.hasOne("Lead", "teamId").required()))),
                        model("Lead", a.model(field("teamId", a.id()), field("team", a.belongsTo("Team", "teamId"))))),
                "@hasOne fields must not be required. Change 'Team.lead: Lead!' to 'Team.lead: Lead'. Remove"
                        + " `.required()`.");
    }

    @Test
    void rejectsCompositeReferenceWithMixedNullabilityInTheTransformersWords() {
        assertRejected(() -> a.schema(
                        model("Store", a.model(field("storeId", a.id().required()),
                                field("region", a.string().required()), field("items", a.hasMany("Item", "storeId",
                                        "region"))).identifier("storeId", "region")),
                        model("Item", a.model(field("storeId", a.id().required()), field("region", a.string()),
                                field("store", a.belongsTo("Store", "storeId", "region"))))),
                "Reference fields defined on related type: 'Item' for @hasMany(references: ['storeId', 'region'])"
                        + " Store.items relationship have inconsistent nullability.\nRequired fields: 'storeId'"
                        + "\nNullable fields: 'region'\nUpdate reference fields on type 'Item' to have consistent"
                        + " nullability -- either all required or all nullable.");
    }

    @Test
    void referencesACompositeIdentifierWithOneFieldPerKeyField() {
        DataSchema schema = a.schema(
                model("Store", a.model(field("storeId", a.id().required()), field("region", a.string().required()),
                        field("items", a.hasMany("Item", "storeId", "region"))).identifier("storeId", "region")),
                model("Item", a.model(field("storeId", a.id()), field("region", a.string()),
                        field("store", a.belongsTo("Store", "storeId", "region")))))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema();

        assertThat(fieldOf(schema, "Item", "store").relationship().orElseThrow().references())
                .containsExactly("storeId", "region");
    }

    @Test
    void acceptsStringReferenceToAnIdKeyAsAmplifyDoes() {
        DataSchema schema = postWithComments(field("postId", a.string()), field("post", a.belongsTo("Post", "postId")))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema();

        assertThat(fieldOf(schema, "Comment", "post").isRelationship()).isTrue();
    }

    @Test
    void rejectsHasManyWithoutCounterpartInAmplifysWords() {
        assertRejected(() -> postWithComments(field("postId", a.id())),
                "Unable to find associated relationship definition in Comment for Post.comments: [Comment]"
                        + " @hasMany(references: ['postId']). Add `field(\"post\", a.belongsTo(\"Post\", \"postId\"))`"
                        + " to model `Comment`, with the same references.");
    }

    @Test
    void rejectsBelongsToWithoutCounterpartInAmplifysWords() {
        assertRejected(() -> a.schema(
                        model("Post", a.model(field("title", a.string()))),
                        model("Comment", a.model(field("postId", a.id()), field("post", a.belongsTo("Post", "postId"))))),
                "Unable to find associated relationship definition in Post for Comment.post: Post"
                        + " @belongsTo(references: ['postId']). Add `a.hasMany(\"Comment\", \"postId\")` or"
                        + " `a.hasOne(\"Comment\", \"postId\")` to model `Post`, with the same references.");
    }

    @Test
    void rejectsCounterpartWithOtherReferences() {
        assertRejected(() -> postWithComments(field("postId", a.id()), field("parentId", a.id()),
                        field("post", a.belongsTo("Post", "parentId"))),
                "Unable to find associated relationship definition in Comment for Post.comments: [Comment]"
                        + " @hasMany(references: ['postId']). Add `field(\"post\", a.belongsTo(\"Post\", \"postId\"))`"
                        + " to model `Comment`, with the same references.");
    }

    @Test
    void rejectsTwoCounterpartsInAmplifysWords() {
        assertRejected(() -> postWithComments(field("postId", a.id()), field("post", a.belongsTo("Post", "postId")),
                        field("again", a.belongsTo("Post", "postId"))),
                "Found multiple relationship associations with Comment.post, Comment.again for Post.comments:"
                        + " [Comment] @hasMany(references: ['postId']). Give each relationship its own reference"
                        + " fields.");
    }

    @Test
    void rejectsUndeclaredReferenceFieldInAmplifysWords() {
        assertRejected(() -> postWithComments(field("post", a.belongsTo("Post", "postId"))),
                "reference field 'postId' must be defined on Comment. Post.comments: [Comment]"
                        + " @hasMany(references: ['postId']) <-> Comment.post: Post @belongsTo(references:"
                        + " ['postId']). Declare it on model `Comment`, e.g. `field(\"postId\", a.id())`.");
    }

    @Test
    void rejectsReferenceCountOtherThanTheParentsIdentifierInAmplifysWords() {
        assertRejected(() -> a.schema(
                        model("Store", a.model(field("storeId", a.id().required()),
                                field("region", a.string().required()), field("items", a.hasMany("Item", "storeId")))
                                .identifier("storeId", "region")),
                        model("Item", a.model(field("storeId", a.id()), field("store", a.belongsTo("Store", "storeId"))))),
                "The identifiers defined on Store must match the reference fields defined on Item.\n"
                        + "2 identifiers defined on Store.\n1 reference fields found on Item\nName one reference field"
                        + " per identifier field of `Store` [storeId, region], in that order: Store.items: [Item]"
                        + " @hasMany(references: ['storeId']) <-> Item.store: Store @belongsTo(references:"
                        + " ['storeId']).");
    }

    @Test
    void rejectsReferenceOfAnotherTypeThanTheKey() {
        assertRejected(() -> postWithComments(field("postId", a.integer()), field("post", a.belongsTo("Post", "postId"))),
                "Validate Error: types do not match. Model `Comment` reference field `postId` is Int but holds"
                        + " `Post.id`, a ID. Declare it with the same type as the identifier field (Post.comments:"
                        + " [Comment] @hasMany(references: ['postId']) <-> Comment.post: Post @belongsTo(references:"
                        + " ['postId'])).");
    }

    @Test
    void rejectsUnknownRelatedModelInAmplifysWords() {
        assertRejected(() -> a.schema(model("Post", a.model(field("comments", a.hasMany("Coment", "postId"))))),
                "Model `Post` field `comments`: Invalid ref. Post is referring to Coment which is not defined in the"
                        + " schema. Declare the model `Coment` or fix the name in `a.hasMany(\"Coment\", ...)`.");
    }

    @Test
    void rejectsRelationshipToACustomTypeInAmplifysWords() {
        assertRejected(() -> a.schema(
                        customType("Address", a.customType(field("city", a.string()))),
                        model("Person", a.model(field("address", a.hasOne("Address", "personId"))))),
                "Model `Person` field `address`: Expected to find model type with name Address. `Address` is a"
                        + " custom type; relationships link models only, so use `a.ref(\"Address\")` for it.");
    }

    @Test
    void rejectsRelationshipToAnEnum() {
        assertRejected(() -> a.schema(
                        enumType("Status", a.enumOf("A")),
                        model("Person", a.model(field("status", a.belongsTo("Status", "statusId"))))),
                "Model `Person` field `status`: Expected to find model type with name Status. `Status` is an enum;"
                        + " relationships link models only, so use `a.ref(\"Status\")` for it.");
    }

    @Test
    void rejectsRelationshipInACustomType() {
        assertRejected(() -> a.schema(
                        model("Post", a.model(field("title", a.string()))),
                        customType("Summary", a.customType(field("post", a.belongsTo("Post", "postId"))))),
                "Custom type `Summary` field `post`: `a.belongsTo(\"Post\", ...)` is a relationship. Only models have"
                        + " relationships; keep the reference field (e.g. `a.id()`) instead.");
    }

    @Test
    void rejectsRelationshipAsACustomOperationArgument() {
        FunctionResource fn = () -> "fn";
        assertRejected(() -> a.schema(
                        model("Post", a.model(field("title", a.string()))),
                        query("find", a.query().arguments(field("post", a.belongsTo("Post", "postId")))
                                .returns(a.string()).handler(a.handler.function(fn)))),
                "Custom operation `find` field `post`: `a.belongsTo(\"Post\", ...)` is a relationship. Pass the"
                        + " related model's key instead (e.g. `field(\"postId\", a.id())`).");
    }

    @Test
    void rejectsRelationshipAsIdentifier() {
        assertRejected(() -> a.schema(
                        model("Post", a.model(field("comments", a.hasMany("Comment", "postId")))
                                .identifier("comments")),
                        model("Comment", a.model(field("postId", a.id()), field("post", a.belongsTo("Post", "postId"))))),
                "Model `Post`: Invalid identifier definition. Field comments cannot be used in the identifier."
                        + " Identifiers must reference required or DB-generated fields) Make the field required with"
                        + " `.required()` (and not an array).");
    }
}
