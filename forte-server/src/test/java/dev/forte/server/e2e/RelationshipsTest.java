package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relationship fields over real HTTP and PostgreSQL: {@code hasMany} lists a parent's children through the
 * relationship's index with filter, paging and direction; {@code belongsTo} reads the parent; {@code hasOne} the
 * one child; a composite parent key matches every reference; the related model's rules apply to the field.
 */
class RelationshipsTest {
    private static final String BLOG_POSTS = "query($id: ID!, $limit: Int, $nextToken: String,"
            + " $direction: ModelSortDirection, $filter: ModelPostFilterInput) { getBlog(id: $id) { name"
            + " posts(limit: $limit, nextToken: $nextToken, sortDirection: $direction, filter: $filter)"
            + " { items { id title } nextToken } } }";

    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static UserPoolApi api;
    private static String alice;

    @BeforeAll
    static void startServer() {
        var schema = a.schema(
                        model("Blog", a.model(field("name", a.string()),
                                field("posts", a.hasMany("Post", "blogId")),
                                field("notes", a.hasMany("Note", "blogId")))),
                        model("Post", a.model(field("title", a.string()), field("blogId", a.id()),
                                field("blog", a.belongsTo("Blog", "blogId")))),
                        model("Note", a.model(field("text", a.string()), field("blogId", a.id()),
                                field("blog", a.belongsTo("Blog", "blogId")))
                                .authorization(allow -> List.of(allow.owner()))),
                        model("Author", a.model(field("name", a.string()),
                                field("profile", a.hasOne("Profile", "authorId")))),
                        model("Profile", a.model(field("bio", a.string()), field("authorId", a.id()),
                                field("author", a.belongsTo("Author", "authorId")))),
                        model("Store", a.model(field("storeId", a.id().required()),
                                field("region", a.string().required()), field("name", a.string()),
                                field("items", a.hasMany("Item", "storeId", "region")))
                                .identifier("storeId", "region")),
                        model("Item", a.model(field("name", a.string()), field("storeId", a.id()),
                                field("region", a.string()),
                                field("store", a.belongsTo("Store", "storeId", "region")))))
                .authorization(allow -> List.of(allow.authenticated(), allow.publicApiKey()));
        Backend backend = Backend.of(defineAuth(), defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.USER_POOL, 7).build()));
        server = ForteServer.start(ForteConfig.builder(backend).dataDirectory(dataDirectory).build());
        api = new UserPoolApi(server);
        alice = api.token("alice");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void hasManyListsTheParentsChildrenOnly() throws Exception {
        String blog = create("Blog", Map.of("name", "kitchen"));
        String other = create("Blog", Map.of("name", "garden"));
        String soup = create("Post", Map.of("title", "soup", "blogId", blog));
        String bread = create("Post", Map.of("title", "bread", "blogId", blog));
        create("Post", Map.of("title", "roses", "blogId", other));
        create("Post", Map.of("title", "orphan"));

        JsonNode got = blogPosts(blog, vars());

        assertThat(got.path("name").asText()).isEqualTo("kitchen");
        assertThat(got.path("posts").path("items").findValuesAsText("id")).containsExactlyInAnyOrder(soup, bread);
        assertThat(got.path("posts").path("nextToken").isNull()).isTrue();
    }

    @Test
    void hasManyPagesFiltersAndSortsLikeAQuery() throws Exception {
        String blog = create("Blog", Map.of("name", "paged"));
        List<String> created = new ArrayList<>();
        for (String title : List.of("one", "two", "three")) {
            created.add(create("Post", Map.of("title", title, "blogId", blog)));
        }

        List<String> ascending = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = blogPosts(blog, vars("limit", 2, "nextToken", token)).path("posts");
            ascending.addAll(page.path("items").findValuesAsText("id"));
            token = page.path("nextToken").isNull() ? null : page.path("nextToken").asText();
        } while (token != null);
        List<String> descending = blogPosts(blog, vars("direction", "DESC")).path("posts").path("items")
                .findValuesAsText("id");
        List<String> filtered = blogPosts(blog, vars("filter", Map.of("title", Map.of("beginsWith", "t"))))
                .path("posts").path("items").findValuesAsText("title");

        assertThat(ascending).containsExactlyInAnyOrderElementsOf(created).isSorted();
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertThat(descending).containsExactlyElementsOf(reversed);
        assertThat(filtered).containsExactlyInAnyOrder("two", "three");
    }

    @Test
    void belongsToReadsTheParentAndIsNullWithoutAReference() throws Exception {
        String blog = create("Blog", Map.of("name", "travel"));
        String post = create("Post", Map.of("title", "lisbon", "blogId", blog));
        String orphan = create("Post", Map.of("title", "nowhere"));
        String query = "query($id: ID!) { getPost(id: $id) { title blog { id name } } }";

        JsonNode linked = data(api.call(alice, query, Map.of("id", post)), "getPost");
        JsonNode unlinked = data(api.call(alice, query, Map.of("id", orphan)), "getPost");

        assertThat(linked.path("blog").path("name").asText()).isEqualTo("travel");
        assertThat(linked.path("blog").path("id").asText()).isEqualTo(blog);
        assertThat(unlinked.path("title").asText()).isEqualTo("nowhere");
        assertThat(unlinked.path("blog").isNull()).isTrue();
    }

    @Test
    void hasOneReadsTheChildOrNull() throws Exception {
        String withProfile = create("Author", Map.of("name", "Ada"));
        String without = create("Author", Map.of("name", "Bob"));
        create("Profile", Map.of("bio", "counts", "authorId", withProfile));
        String query = "query($id: ID!) { getAuthor(id: $id) { name profile { bio author { name } } } }";

        JsonNode ada = data(api.call(alice, query, Map.of("id", withProfile)), "getAuthor");
        JsonNode bob = data(api.call(alice, query, Map.of("id", without)), "getAuthor");

        assertThat(ada.path("profile").path("bio").asText()).isEqualTo("counts");
        assertThat(ada.path("profile").path("author").path("name").asText()).isEqualTo("Ada");
        assertThat(bob.path("name").asText()).isEqualTo("Bob");
        assertThat(bob.path("profile").isNull()).isTrue();
    }

    @Test
    void aCompositeParentKeyMatchesEveryReference() throws Exception {
        create("Store", Map.of("storeId", "s1", "region", "north", "name", "north store"));
        create("Store", Map.of("storeId", "s1", "region", "south", "name", "south store"));
        create("Item", Map.of("name", "ice", "storeId", "s1", "region", "north"));
        create("Item", Map.of("name", "sun cream", "storeId", "s1", "region", "south"));
        String query = "query($storeId: ID!, $region: String!) { getStore(storeId: $storeId, region: $region)"
                + " { name items { items { name store { name } } } } }";

        JsonNode north = data(api.call(alice, query, Map.of("storeId", "s1", "region", "north")), "getStore");

        JsonNode items = north.path("items").path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("name").asText()).isEqualTo("ice");
        assertThat(items.get(0).path("store").path("name").asText()).isEqualTo("north store");
    }

    @Test
    void relationshipsResolveInListsAndMutationResults() throws Exception {
        String blog = create("Blog", Map.of("name", "nested"));
        JsonNode created = data(api.call(alice, "mutation($input: CreatePostInput!) { createPost(input: $input)"
                + " { title blog { name posts { items { title } } } } }",
                Map.of("input", Map.of("title", "first", "blogId", blog))), "createPost");

        assertThat(created.path("blog").path("name").asText()).isEqualTo("nested");
        assertThat(created.path("blog").path("posts").path("items").findValuesAsText("title"))
                .containsExactly("first");
    }

    @Test
    void theChildModelsRulesApplyToTheField() throws Exception {
        String blog = create("Blog", Map.of("name", "shared"));
        createAs(alice, "Note", Map.of("text", "alice's", "blogId", blog));
        createAs(api.token("bob"), "Note", Map.of("text", "bob's", "blogId", blog));
        String query = "query($id: ID!) { getBlog(id: $id) { name notes { items { text } } } }";

        JsonNode asAlice = data(api.call(alice, query, Map.of("id", blog)), "getBlog");

        assertThat(asAlice.path("notes").path("items").findValuesAsText("text")).containsExactly("alice's");
    }

    @Test
    void aCallerTheChildModelRefusesGetsUnauthorizedOnTheFieldOnly() throws Exception {
        String blog = create("Blog", Map.of("name", "guarded"));
        createAs(alice, "Note", Map.of("text", "alice's", "blogId", blog));
        ApiClient withApiKey = new ApiClient(server.graphqlEndpoint(), server.apiKey());

        JsonNode body = withApiKey.graphql("query($id: ID!) { getBlog(id: $id) { name notes { items { text } } } }",
                Map.of("id", blog));

        assertThat(body.path("data").path("getBlog").path("name").asText()).isEqualTo("guarded");
        assertThat(body.path("data").path("getBlog").path("notes").isNull()).isTrue();
        assertThat(body.path("errors").get(0).path("errorType").asText()).isEqualTo("Unauthorized");
        assertThat(body.path("errors").get(0).path("message").asText())
                .isEqualTo("Not Authorized to access notes on type Blog");
        assertThat(body.path("errors").get(0).path("path").toString()).isEqualTo("[\"getBlog\",\"notes\"]");
    }

    @Test
    void aRealTimeDeliveryCarriesNoRelationships() throws Exception {
        String blog = create("Blog", Map.of("name", "live"));
        try (RealtimeTestClient socket = RealtimeFixture.subscribedWithToken(server, alice,
                "subscription { onCreatePost { title blogId blog { name } } }")) {
            create("Post", Map.of("title", "breaking", "blogId", blog));

            JsonNode post = socket.nextOfType("data").path("payload").path("data").path("onCreatePost");
            assertThat(post.path("title").asText()).isEqualTo("breaking");
            assertThat(post.path("blogId").asText()).isEqualTo(blog);
            assertThat(post.path("blog").isNull()).isTrue();
        }
    }

    private static JsonNode blogPosts(String blog, Map<String, @Nullable Object> variables) throws Exception {
        Map<String, Object> all = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (value != null) {
                all.put(name, value);
            }
        });
        all.put("id", blog);
        return data(api.call(alice, BLOG_POSTS, all), "getBlog");
    }

    private static Map<String, @Nullable Object> vars(@Nullable Object... namesAndValues) {
        Map<String, @Nullable Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    private static String create(String model, Map<String, Object> input) throws Exception {
        return createAs(alice, model, input);
    }

    private static String createAs(String token, String model, Map<String, Object> input) throws Exception {
        String key = model.equals("Store") ? "storeId" : "id";
        JsonNode created = data(api.call(token, "mutation($input: Create" + model + "Input!) { create" + model
                + "(input: $input) { " + key + " } }", Map.of("input", input)), "create" + model);
        return created.path(key).asText();
    }
}
