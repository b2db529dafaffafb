package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.assertUnauthorizedError;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.schema.ModelOperation;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relationship fields with rules of their own, answered as the resolvers Amplify generates for them
 * (forte-server/src/test/resources/conformance/relationship-field-rules): the field's auth function refuses a caller
 * its rules do not admit with {@code $util.unauthorized()} (null and {@code Unauthorized} on the field only), and
 * inside a mutation's result {@code deniedField} makes the field empty ({@code items: []} or null) without an error,
 * unless the model has no subscriptions.
 */
class RelationshipFieldRulesTest {
    private static final String GET_POST = "query($id: ID!) { getPost(id: $id) { title comments { items { content } }"
            + " } }";
    private static final String GET_USER = "query($id: ID!) { getUser(id: $id) { name profile { bio } } }";
    private static final String GET_COMMENT = "query($id: ID!) { getComment(id: $id) { content post { title } } }";
    private static final String UPDATE_USER =
            "mutation($input: UpdateUserInput!) { updateUser(input: $input) { name profile { bio } } }";

    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static UserPoolApi api;
    private static String editor;
    private static String admin;
    private static String bob;

    @BeforeAll
    static void startServer() {
        var schema = a.schema(
                        model("Post", a.model(field("title", a.string()),
                                field("comments", a.hasMany("Comment", "postId")
                                        .authorization(allow -> List.of(allow.group("Editors")))))),
                        model("Comment", a.model(field("content", a.string()), field("postId", a.id()),
                                field("post", a.belongsTo("Post", "postId")
                                        .authorization(allow -> List.of(allow.group("Admin")))))),
                        model("User", a.model(field("name", a.string()),
                                field("profile", a.hasOne("Profile", "userId")
                                        .authorization(allow -> List.of(allow.group("Admin")))))),
                        model("Profile", a.model(field("bio", a.string()), field("userId", a.id()),
                                field("user", a.belongsTo("User", "userId")))),
                        model("Shelf", a.model(field("label", a.string()),
                                field("books", a.hasMany("Book", "shelfId")
                                        .authorization(allow -> List.of(allow.group("Admin")))))
                                .disableOperations(ModelOperation.SUBSCRIPTIONS)),
                        model("Book", a.model(field("title", a.string()), field("shelfId", a.id()),
                                field("shelf", a.belongsTo("Shelf", "shelfId")))))
                .authorization(allow -> List.of(allow.authenticated()));
        Backend backend = Backend.of(defineAuth(), defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.USER_POOL, 7).build()));
        server = ForteServer.start(ForteConfig.builder(backend).dataDirectory(dataDirectory).build());
        api = new UserPoolApi(server);
        editor = api.token("eddie", "Editors");
        admin = api.token("ann", "Admin");
        bob = api.token("bob");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void callersTheFieldsRulesAdmitReadTheRelatedRecords() throws Exception {
        Records records = Records.create();

        JsonNode post = data(api.call(editor, GET_POST, Map.of("id", records.post())), "getPost");
        JsonNode comment = data(api.call(admin, GET_COMMENT, Map.of("id", records.comment())), "getComment");
        JsonNode user = data(api.call(admin, GET_USER, Map.of("id", records.user())), "getUser");

        assertThat(post.path("comments").path("items").findValuesAsText("content")).containsExactly("first");
        assertThat(comment.path("post").path("title").asText()).isEqualTo("hello");
        assertThat(user.path("profile").path("bio").asText()).isEqualTo("engineer");
    }

    @Test
    void aCallerTheFieldsRulesRefuseGetsNullWithUnauthorizedOnThatFieldOnly() throws Exception {
        Records records = Records.create();

        JsonNode hasMany = assertUnauthorizedError(api.call(bob, GET_POST, Map.of("id", records.post())),
                "Not Authorized to access comments on type Post");
        JsonNode hasOne = assertUnauthorizedError(api.call(bob, GET_USER, Map.of("id", records.user())),
                "Not Authorized to access profile on type User");
        JsonNode belongsTo = assertUnauthorizedError(api.call(editor, GET_COMMENT, Map.of("id", records.comment())),
                "Not Authorized to access post on type Comment");

        assertThat(hasMany.path("data").path("getPost").path("title").asText()).isEqualTo("hello");
        assertThat(hasMany.path("data").path("getPost").path("comments").isNull()).isTrue();
        assertThat(hasMany.path("errors").get(0).path("path").toString()).isEqualTo("[\"getPost\",\"comments\"]");
        assertThat(hasOne.path("data").path("getUser").path("name").asText()).isEqualTo("Ada");
        assertThat(hasOne.path("data").path("getUser").path("profile").isNull()).isTrue();
        assertThat(belongsTo.path("data").path("getComment").path("content").asText()).isEqualTo("first");
        assertThat(belongsTo.path("data").path("getComment").path("post").isNull()).isTrue();
    }

    @Test
    void insideAMutationsResultTheFieldIsEmptyWithoutAnError() throws Exception {
        Records records = Records.create();

        JsonNode updatedPost = data(api.call(editor, "mutation($input: UpdatePostInput!) { updatePost(input: $input)"
                + " { title comments { items { content } nextToken } } }",
                Map.of("input", Map.of("id", records.post(), "title", "hello again"))), "updatePost");
        JsonNode updatedComment = data(api.call(admin, "mutation($input: UpdateCommentInput!) {"
                + " updateComment(input: $input) { content post { title } } }",
                Map.of("input", Map.of("id", records.comment(), "content", "edited"))), "updateComment");
        JsonNode updatedUser = data(api.call(admin, UPDATE_USER,
                Map.of("input", Map.of("id", records.user(), "name", "Ada L."))), "updateUser");

        assertThat(updatedPost.path("title").asText()).isEqualTo("hello again");
        assertThat(updatedPost.path("comments").toString()).isEqualTo("{\"items\":[],\"nextToken\":null}");
        assertThat(updatedComment.path("content").asText()).isEqualTo("edited");
        assertThat(updatedComment.path("post").isNull()).isTrue();
        assertThat(updatedUser.path("name").asText()).isEqualTo("Ada L.");
        assertThat(updatedUser.path("profile").isNull()).isTrue();
    }

    @Test
    void insideAMutationsResultACallerTheFieldsRulesRefuseStillGetsUnauthorized() throws Exception {
        Records records = Records.create();

        JsonNode body = assertUnauthorizedError(api.call(bob, UPDATE_USER,
                Map.of("input", Map.of("id", records.user(), "name", "Ada B."))),
                "Not Authorized to access profile on type User");

        assertThat(body.path("data").path("updateUser").path("name").asText()).isEqualTo("Ada B.");
        assertThat(body.path("data").path("updateUser").path("profile").isNull()).isTrue();
    }

    @Test
    void aModelWithoutSubscriptionsKeepsTheFieldInAMutationsResult() throws Exception {
        String shelf = create("Shelf", Map.of("label", "top"));
        create("Book", Map.of("title", "Dune", "shelfId", shelf));

        JsonNode updated = data(api.call(admin, "mutation($input: UpdateShelfInput!) { updateShelf(input: $input)"
                + " { label books { items { title } } } }", Map.of("input", Map.of("id", shelf, "label", "upper"))),
                "updateShelf");

        assertThat(updated.path("books").path("items").findValuesAsText("title")).containsExactly("Dune");
    }

    /** A post with a comment, and a user with a profile. */
    private record Records(String post, String comment, String user) {
        static Records create() throws Exception {
            String post = RelationshipFieldRulesTest.create("Post", Map.of("title", "hello"));
            String comment = RelationshipFieldRulesTest.create("Comment", Map.of("content", "first", "postId", post));
            String user = RelationshipFieldRulesTest.create("User", Map.of("name", "Ada"));
            RelationshipFieldRulesTest.create("Profile", Map.of("bio", "engineer", "userId", user));
            return new Records(post, comment, user);
        }
    }

    private static String create(String model, Map<String, Object> input) throws Exception {
        JsonNode created = data(api.call(admin, "mutation($input: Create" + model + "Input!) { create" + model
                + "(input: $input) { id } }", Map.of("input", input)), "create" + model);
        return created.path("id").asText();
    }
}
