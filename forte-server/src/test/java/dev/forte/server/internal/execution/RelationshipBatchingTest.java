package dev.forte.server.internal.execution;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.server.internal.auth.AuthMode;
import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.storage.ModelTableMigrator;
import dev.forte.server.internal.storage.PostgresModelStore;
import dev.forte.server.internal.storage.TestDatabases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relationship fields of one level of a response are read with one batch per related model, over the real
 * PostgreSQL store: {@code belongsTo} parents by key, {@code hasMany} first pages and {@code hasOne} children each as
 * they would be read alone, with the related model's rules applied as before.
 */
class RelationshipBatchingTest {
    private static final RequestIdentity ALICE = user("alice");
    private static final RequestIdentity BOB = user("bob");

    private final ObjectMapper json = new ObjectMapper();
    private TestDatabases.Schema database;
    private CountingModelStore store;
    private GraphqlEngine engine;

    @BeforeEach
    void startEngine() {
        var schema = a.schema(
                        model("Blog", a.model(field("name", a.string()), field("posts", a.hasMany("Post", "blogId")),
                                field("notes", a.hasMany("Note", "blogId")),
                                field("cover", a.hasOne("Cover", "blogId")))),
                        model("Note", a.model(field("text", a.string()), field("blogId", a.id()),
                                field("blog", a.belongsTo("Blog", "blogId")))
                                .authorization(allow -> List.of(allow.owner()))),
                        model("Cover", a.model(field("url", a.string()), field("blogId", a.id()),
                                field("blog", a.belongsTo("Blog", "blogId")))),
                        model("Post", a.model(field("title", a.string()), field("blogId", a.id()),
                                field("blog", a.belongsTo("Blog", "blogId")))),
                        model("Diary", a.model(field("name", a.string()),
                                field("entries", a.hasMany("Entry", "diaryId")))
                                .authorization(allow -> List.of(allow.owner()))),
                        model("Entry", a.model(field("text", a.string()), field("diaryId", a.id()),
                                field("diary", a.belongsTo("Diary", "diaryId")))))
                .authorization(allow -> List.of(allow.authenticated()));
        DataDefinition data = defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.USER_POOL, 7)
                .build());
        database = TestDatabases.embedded().newSchema();
        new ModelTableMigrator(database.dataSource()).migrate(data.schema(), false);
        store = new CountingModelStore(PostgresModelStore.open(database.dataSource(), data.schema()));
        engine = EngineFixtures.engine(data, store);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void theBlogsOfTwentyPostsAreReadInOneBatch() throws Exception {
        for (int i = 0; i < 3; i++) {
            create(ALICE, "Blog", "{id: \"b" + i + "\", name: \"blog " + i + "\"}");
        }
        for (int i = 0; i < 20; i++) {
            create(ALICE, "Post", "{id: \"p" + i + "\", title: \"post " + i + "\", blogId: \"b" + i % 3 + "\"}");
        }
        store.reset();

        JsonNode posts = run(ALICE, "{ listPosts { items { title blogId blog { id name } } } }").path("data")
                .path("listPosts").path("items");

        assertThat(posts).hasSize(20);
        posts.forEach(post -> assertThat(post.path("blog").path("id")).isEqualTo(post.path("blogId")));
        assertThat(store.batches).hasSize(1);
        assertThat(store.batches.get(0)).hasSize(20);
        assertThat(store.gets).isEmpty();
    }

    @Test
    void aPostWhoseBlogIsMissingHasANullBlogInTheSameBatch() throws Exception {
        create(ALICE, "Blog", "{id: \"b1\", name: \"kept\"}");
        create(ALICE, "Post", "{id: \"p1\", title: \"kept\", blogId: \"b1\"}");
        create(ALICE, "Post", "{id: \"p2\", title: \"orphan\", blogId: \"gone\"}");
        create(ALICE, "Post", "{id: \"p3\", title: \"unlinked\"}");
        store.reset();

        JsonNode body = run(ALICE, "{ listPosts { items { id blog { name } } } }");

        assertThat(body.has("errors")).isFalse();
        assertThat(body.path("data").path("listPosts").path("items").toString()).isEqualTo(
                "[{\"id\":\"p1\",\"blog\":{\"name\":\"kept\"}},{\"id\":\"p2\",\"blog\":null},"
                        + "{\"id\":\"p3\",\"blog\":null}]");
        assertThat(store.batches).hasSize(1);
        assertThat(store.batches.get(0)).hasSize(2);
    }

    @Test
    void aParentTheCallerMayNotReadIsUnauthorizedOnItsFieldOnly() throws Exception {
        create(ALICE, "Diary", "{id: \"d-alice\", name: \"alice's\"}");
        create(BOB, "Diary", "{id: \"d-bob\", name: \"bob's\"}");
        create(ALICE, "Entry", "{id: \"e1\", text: \"mine\", diaryId: \"d-alice\"}");
        create(ALICE, "Entry", "{id: \"e2\", text: \"theirs\", diaryId: \"d-bob\"}");
        store.reset();

        JsonNode body = run(ALICE, "{ listEntries { items { id diary { name } } } }");

        assertThat(body.path("data").path("listEntries").path("items").toString()).isEqualTo(
                "[{\"id\":\"e1\",\"diary\":{\"name\":\"alice's\"}},{\"id\":\"e2\",\"diary\":null}]");
        assertThat(body.path("errors")).hasSize(1);
        assertThat(body.path("errors").get(0).path("errorType").asText()).isEqualTo("Unauthorized");
        assertThat(body.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access diary on type Entry");
        assertThat(body.path("errors").get(0).path("path").toString())
                .isEqualTo("[\"listEntries\",\"items\",1,\"diary\"]");
        assertThat(store.batches).hasSize(1);
    }

    @Test
    void parentsOfChildrenOfDifferentParentsShareTheirLevelsBatch() throws Exception {
        for (int i = 0; i < 3; i++) {
            create(ALICE, "Blog", "{id: \"b" + i + "\", name: \"blog " + i + "\"}");
            create(ALICE, "Post", "{id: \"p" + i + "a\", blogId: \"b" + i + "\"}");
            create(ALICE, "Post", "{id: \"p" + i + "b\", blogId: \"b" + i + "\"}");
        }
        store.reset();

        JsonNode blogs = run(ALICE, "{ listBlogs { items { id posts { items { blog { id } } } } } }")
                .path("data").path("listBlogs").path("items");

        assertThat(blogs).hasSize(3);
        blogs.forEach(blog -> assertThat(blog.path("posts").path("items").findValuesAsText("id"))
                .containsExactly(blog.path("id").asText(), blog.path("id").asText()));
        assertThat(store.batches).hasSize(1);
        assertThat(store.batches.get(0)).hasSize(6);
    }

    @Test
    void theFirstPagesOfEveryBlogsPostsAreOneBatchEachWithItsOwnLimitAndToken() throws Exception {
        threeBlogsWithPosts(3);

        JsonNode blogs = run(ALICE, "{ listBlogs { items { id posts(limit: 2, sortDirection: DESC) {"
                + " items { id } nextToken } } } }").path("data").path("listBlogs").path("items");

        assertThat(blogs).hasSize(3);
        blogs.forEach(blog -> {
            String id = blog.path("id").asText();
            assertThat(blog.path("posts").path("items").findValuesAsText("id"))
                    .containsExactly(id + "-post-2", id + "-post-1");
            assertThat(blog.path("posts").path("nextToken").isTextual()).isTrue();
        });
        assertThat(store.pageBatches).hasSize(1);
        assertThat(store.pageBatches.get(0)).hasSize(3);
        assertThat(store.lists).hasSize(1);
    }

    @Test
    void aLaterPageIsReadForItsParentAloneSoABadTokenFailsOnlyItsField() throws Exception {
        threeBlogsWithPosts(3);
        String token = run(ALICE, "{ getBlog(id: \"b0\") { posts(limit: 2) { nextToken } } }").path("data")
                .path("getBlog").path("posts").path("nextToken").asText();
        store.reset();

        JsonNode body = run(ALICE, "{ listBlogs { items { id posts(limit: 2, nextToken: \"" + token + "\") {"
                + " items { id } } } } }");

        JsonNode blogs = body.path("data").path("listBlogs").path("items");
        assertThat(blogs.get(0).path("posts").path("items").findValuesAsText("id")).containsExactly("b0-post-2");
        assertThat(blogs.get(1).path("posts").isNull()).isTrue();
        assertThat(body.path("errors")).hasSize(2);
        assertThat(body.path("errors").findValuesAsText("errorType")).containsOnly("InvalidNextTokenException");
        assertThat(store.pageBatches).isEmpty();
        assertThat(store.lists).hasSize(4);
    }

    @Test
    void ownerRulesNarrowEveryBlogsNotesInTheBatch() throws Exception {
        threeBlogsWithPosts(0);
        for (int i = 0; i < 3; i++) {
            create(ALICE, "Note", "{text: \"alice on b" + i + "\", blogId: \"b" + i + "\"}");
            create(BOB, "Note", "{text: \"bob on b" + i + "\", blogId: \"b" + i + "\"}");
        }
        store.reset();

        JsonNode blogs = run(BOB, "{ listBlogs { items { id notes { items { text } } } } }").path("data")
                .path("listBlogs").path("items");

        blogs.forEach(blog -> assertThat(blog.path("notes").path("items").findValuesAsText("text"))
                .containsExactly("bob on " + blog.path("id").asText()));
        assertThat(store.pageBatches).hasSize(1);
    }

    @Test
    void everyBlogsCoverIsItsFirstChildReadInOneBatch() throws Exception {
        threeBlogsWithPosts(0);
        create(ALICE, "Cover", "{id: \"c0\", url: \"b0.png\", blogId: \"b0\"}");
        create(ALICE, "Cover", "{id: \"c2\", url: \"b2.png\", blogId: \"b2\"}");
        store.reset();

        JsonNode blogs = run(ALICE, "{ listBlogs { items { id cover { url } } } }").path("data").path("listBlogs")
                .path("items");

        assertThat(blogs.toString()).isEqualTo("[{\"id\":\"b0\",\"cover\":{\"url\":\"b0.png\"}},"
                + "{\"id\":\"b1\",\"cover\":null},{\"id\":\"b2\",\"cover\":{\"url\":\"b2.png\"}}]");
        assertThat(store.pageBatches).hasSize(1);
    }

    @Test
    void aLaterMutationInTheSameRequestReadsWhatAnEarlierOneWrote() throws Exception {
        create(ALICE, "Blog", "{id: \"b1\", name: \"before\"}");

        JsonNode data = run(ALICE, "mutation {"
                + " first: createPost(input: {id: \"p1\", blogId: \"b1\"}) { blog { name } }"
                + " rename: updateBlog(input: {id: \"b1\", name: \"after\"}) { id }"
                + " second: createPost(input: {id: \"p2\", blogId: \"b1\"}) { blog { name } } }").path("data");

        assertThat(data.path("first").path("blog").path("name").asText()).isEqualTo("before");
        assertThat(data.path("second").path("blog").path("name").asText()).isEqualTo("after");
    }

    private void threeBlogsWithPosts(int posts) throws Exception {
        for (int i = 0; i < 3; i++) {
            create(ALICE, "Blog", "{id: \"b" + i + "\", name: \"blog " + i + "\"}");
            for (int p = 0; p < posts; p++) {
                create(ALICE, "Post", "{id: \"b" + i + "-post-" + p + "\", blogId: \"b" + i + "\"}");
            }
        }
        store.reset();
    }

    private void create(RequestIdentity caller, String model, String input) throws Exception {
        JsonNode body = run(caller, "mutation { create" + model + "(input: " + input + ") { id } }");
        assertThat(body.has("errors")).as(body.toString()).isFalse();
    }

    private JsonNode run(RequestIdentity caller, String query) throws Exception {
        GraphqlResponse response = engine.execute(new GraphqlRequest(query, Map.of(), null), caller);
        return json.valueToTree(response.body());
    }

    private static RequestIdentity user(String name) {
        return new RequestIdentity(AuthMode.AMAZON_COGNITO_USER_POOLS,
                Map.of("sub", name + "-sub", "username", name, "token_use", "id"));
    }
}
