package dev.forte.server.e2e;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.data.a;
import dev.forte.schema.AuthOperation;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relationship fields without rules of their own between models whose read rules differ, answered as the resolvers
 * Amplify generates with Gen 2's {@code subscriptionsInheritPrimaryAuth: false}
 * (forte-server/src/test/resources/conformance/relationship-redaction): inside a mutation's result they are empty
 * ({@code items: []} or null) without an error, because a subscription would carry them to subscribers the related
 * model's rules may not admit; queries read them as always. Between models with the same static rules they are not
 * emptied.
 */
class RelationshipRedactionTest {
    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static UserPoolApi api;
    private static String alice;

    @BeforeAll
    static void startServer() {
        var schema = a.schema(
                model("Blog", a.model(field("name", a.string()), field("posts", a.hasMany("Post", "blogId")))
                        .authorization(allow -> List.of(allow.owner(),
                                allow.authenticated().to(AuthOperation.READ)))),
                model("Post", a.model(field("title", a.string()), field("blogId", a.id()),
                                field("blog", a.belongsTo("Blog", "blogId")))
                        .authorization(allow -> List.of(allow.owner()))),
                model("Author", a.model(field("name", a.string()), field("notes", a.hasMany("Note", "authorId")))
                        .authorization(allow -> List.of(allow.owner()))),
                model("Note", a.model(field("text", a.string()), field("authorId", a.id()),
                                field("author", a.belongsTo("Author", "authorId")))
                        .authorization(allow -> List.of(allow.owner()))),
                model("Shelf", a.model(field("label", a.string()), field("books", a.hasMany("Book", "shelfId")))
                        .authorization(allow -> List.of(allow.authenticated()))),
                model("Book", a.model(field("title", a.string()), field("shelfId", a.id()),
                                field("shelf", a.belongsTo("Shelf", "shelfId")))
                        .authorization(allow -> List.of(allow.authenticated()))));
        server = UserPoolApi.serve(schema, dataDirectory);
        api = new UserPoolApi(server);
        alice = api.token("alice");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** {@code Blog.posts.auth.1.req.vtl} and {@code Post.blog.auth.1.req.vtl} set {@code deniedField}. */
    @Test
    void relationshipsBetweenModelsWhoseReadRulesDifferAreEmptyInMutationResults() throws Exception {
        String blog = create("Blog", Map.of("name", "Notes"));
        String post = create("Post", Map.of("title", "Hello", "blogId", blog));

        JsonNode updatedBlog = mutate("updateBlog", "{ name posts { items { title } } }", Map.of("id", blog));
        JsonNode updatedPost = mutate("updatePost", "{ title blog { name } }", Map.of("id", post));
        JsonNode readBlog = read("getBlog", "{ posts { items { title } } }", blog);
        JsonNode readPost = read("getPost", "{ blog { name } }", post);

        assertThat(updatedBlog.path("name").asText()).isEqualTo("Notes");
        assertThat(updatedBlog.path("posts").path("items")).isEmpty();
        assertThat(updatedPost.path("title").asText()).isEqualTo("Hello");
        assertThat(updatedPost.has("blog")).isTrue();
        assertThat(updatedPost.path("blog").isNull()).isTrue();
        assertThat(readBlog.path("posts").path("items").findValuesAsText("title")).containsExactly("Hello");
        assertThat(readPost.path("blog").path("name").asText()).isEqualTo("Notes");
    }

    /** Owner rules on both sides are the same role, but a dynamic one: {@code Author.notes} is redacted too. */
    @Test
    void relationshipsBetweenOwnerModelsAreEmptyInMutationResults() throws Exception {
        String author = create("Author", Map.of("name", "Ada"));
        String note = create("Note", Map.of("text", "engines", "authorId", author));

        assertThat(mutate("updateAuthor", "{ notes { items { text } } }", Map.of("id", author))
                .path("notes").path("items")).isEmpty();
        assertThat(mutate("updateNote", "{ author { name } }", Map.of("id", note)).path("author").isNull()).isTrue();
        assertThat(read("getAuthor", "{ notes { items { text } } }", author).path("notes").path("items")
                .findValuesAsText("text")).containsExactly("engines");
    }

    /** {@code Shelf.books.auth.1.req.vtl} has no {@code deniedField}: the same static role on both sides. */
    @Test
    void relationshipsBetweenModelsWithTheSameStaticRulesAreReadInMutationResults() throws Exception {
        String shelf = create("Shelf", Map.of("label", "A"));
        String book = create("Book", Map.of("title", "Dune", "shelfId", shelf));

        assertThat(mutate("updateShelf", "{ books { items { title } } }", Map.of("id", shelf)).path("books")
                .path("items").findValuesAsText("title")).containsExactly("Dune");
        assertThat(mutate("updateBook", "{ shelf { label } }", Map.of("id", book)).path("shelf").path("label")
                .asText()).isEqualTo("A");
    }

    private static String create(String model, Map<String, Object> input) throws Exception {
        return mutate("create" + model, "{ id }", input).path("id").asText();
    }

    private static JsonNode mutate(String mutation, String selection, Map<String, Object> input) throws Exception {
        String type = Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        String document = "mutation($input: " + type + "!) { " + mutation + "(input: $input) " + selection + " }";
        return data(api.call(alice, document, Map.of("input", input)), mutation);
    }

    private static JsonNode read(String query, String selection, String id) throws Exception {
        return data(api.call(alice, "query($id: ID!) { " + query + "(id: $id) " + selection + " }",
                Map.of("id", id)), query);
    }
}
