package dev.forte.client;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model client on a schema with relationships: it selects what the model stores (the reference fields, not
 * the relationships, as Amplify's clients do by default), and a document follows relationships when asked to.
 */
class ModelClientRelationshipsTest {
    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static DataClient client;

    @BeforeAll
    static void startServer() {
        var schema = a.schema(
                        model("Post", a.model(field("title", a.string()), field("comments", a.hasMany("Comment", "postId")))),
                        model("Comment", a.model(field("content", a.string()), field("postId", a.id()),
                                field("post", a.belongsTo("Post", "postId")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        server = ForteServer.start(ForteConfig.builder(Backend.of(defineData(DataProps.of(schema))))
                .dataDirectory(dataDirectory).build());
        client = DataClient.builder().endpoint(server.graphqlEndpoint()).apiKey(Objects.requireNonNull(server.apiKey()))
                .trustCertificate(Objects.requireNonNull(server.caCertificate())).build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void modelsSelectStoredFieldsAndNotRelationships() {
        ModelClient posts = client.models().get("Post");
        ModelClient comments = client.models().get("Comment");

        Object postId = posts.create(Map.of("title", "hello")).item().orElseThrow().get("id");
        Map<String, Object> comment = comments.create(Map.of("content", "first!", "postId", postId)).item()
                .orElseThrow();

        assertThat(comment).containsEntry("postId", postId).containsEntry("content", "first!")
                .doesNotContainKey("post");
        assertThat(posts.get(postId).item().orElseThrow()).containsEntry("title", "hello")
                .doesNotContainKey("comments");
        assertThat(comments.fields()).contains("postId").doesNotContain("post");
    }

    @Test
    void aDocumentFollowsRelationshipsBothWays() {
        Object postId = client.models().get("Post").create(Map.of("title", "linked")).item().orElseThrow().get("id");
        client.models().get("Comment").create(Map.of("content", "reply", "postId", postId));

        GraphqlResponse response = client.graphql("query($id: ID!) { getPost(id: $id) { title"
                + " comments { items { content post { title } } } } }", Map.of("id", postId));

        assertThat(response.errors()).isEmpty();
        var items = response.data().path("getPost").path("comments").path("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).path("content").asText()).isEqualTo("reply");
        assertThat(items.get(0).path("post").path("title").asText()).isEqualTo("linked");
    }
}
