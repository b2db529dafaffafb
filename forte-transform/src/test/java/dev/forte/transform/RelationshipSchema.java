package dev.forte.transform;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.schema.AuthOperation.CREATE;
import static dev.forte.schema.AuthOperation.READ;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.Define;
import dev.forte.data.a;
import dev.forte.schema.ModelOperation;
import java.util.List;

/** The relationships oracle ({@code conformance/relationships/relationships.ts}) in the Java DSL. */
final class RelationshipSchema {
    private RelationshipSchema() {}

    static DataDefinition relationships() {
        var schema = a.schema(
                        model("Blog", a.model(
                                field("name", a.string().required()),
                                field("posts", a.hasMany("Post", "blogId")))),
                        model("Post", a.model(
                                field("title", a.string().required()),
                                field("publishedAt", a.datetime()),
                                field("blogId", a.id()),
                                field("blog", a.belongsTo("Blog", "blogId")),
                                field("comments", a.hasMany("Comment", "postId")),
                                field("tags", a.string().array()))
                                .authorization(allow -> List.of(allow.owner(),
                                        allow.groups(List.of("Admin", "Editors")).to(READ),
                                        allow.authenticated().to(READ, CREATE)))),
                        model("Comment", a.model(
                                field("content", a.string().required()),
                                field("postId", a.id().required()),
                                field("post", a.belongsTo("Post", "postId")))),
                        model("User", a.model(
                                field("name", a.string()),
                                field("profile", a.hasOne("Profile", "userId")))),
                        model("Profile", a.model(
                                field("bio", a.string()),
                                field("userId", a.id()),
                                field("user", a.belongsTo("User", "userId")))),
                        model("Store", a.model(
                                field("storeId", a.id().required()),
                                field("region", a.string().required()),
                                field("items", a.hasMany("Item", "storeId", "region")))
                                .identifier("storeId", "region")),
                        model("Item", a.model(
                                field("label", a.string()),
                                field("storeId", a.id()),
                                field("region", a.string()),
                                field("store", a.belongsTo("Store", "storeId", "region")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Define.defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 30).build());
    }

    /**
     * {@code conformance/relationships2/relationships2.ts}: field rules on relationships, a child without list
     * queries, a String reference to an ID key.
     */
    static DataDefinition relationships2() {
        var schema = a.schema(
                        model("Team", a.model(
                                field("name", a.string()),
                                field("members", a.hasMany("Member", "teamId")),
                                field("lead", a.hasOne("Lead", "teamId")
                                        .authorization(allow -> List.of(allow.authenticated()))),
                                field("notes", a.hasMany("Note", "teamId")))),
                        model("Member", a.model(
                                field("name", a.string()),
                                field("teamId", a.string()),
                                field("team", a.belongsTo("Team", "teamId")
                                        .authorization(allow -> List.of(allow.owner()))))),
                        model("Lead", a.model(
                                field("teamId", a.id()),
                                field("team", a.belongsTo("Team", "teamId")))),
                        model("Note", a.model(
                                field("body", a.string()),
                                field("teamId", a.id()),
                                field("team", a.belongsTo("Team", "teamId")))
                                .disableOperations(ModelOperation.LIST)))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Define.defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 30).build());
    }

    /**
     * {@code conformance/relationships3/relationships3.ts}: a model related to itself, and a join model for
     * many-to-many (two {@code belongsTo}, a {@code hasMany} on each side, one side with its own rules).
     */
    static DataDefinition relationships3() {
        var schema = a.schema(
                        model("Category", a.model(
                                field("name", a.string().required()),
                                field("parentId", a.id()),
                                field("parent", a.belongsTo("Category", "parentId")),
                                field("children", a.hasMany("Category", "parentId")))),
                        model("Student", a.model(
                                field("name", a.string()),
                                field("enrollments", a.hasMany("Enrollment", "studentId")))),
                        model("Course", a.model(
                                field("title", a.string()),
                                field("enrollments", a.hasMany("Enrollment", "courseId")))
                                .authorization(allow -> List.of(allow.authenticated()))),
                        model("Enrollment", a.model(
                                field("studentId", a.id().required()),
                                field("courseId", a.id().required()),
                                field("student", a.belongsTo("Student", "studentId")),
                                field("course", a.belongsTo("Course", "courseId")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Define.defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 30).build());
    }
}
