package dev.forte.transform;

import static dev.forte.schema.RelationshipKind.BELONGS_TO;
import static dev.forte.schema.RelationshipKind.HAS_MANY;
import static dev.forte.schema.RelationshipKind.HAS_ONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The transform tells the server how to resolve each relationship field. */
class RelationshipBindingTest {
    private static final List<RelationshipBinding> BINDINGS =
            AppSyncTransform.transform(RelationshipSchema.relationships()).relationships();

    @Test
    void bindsEveryRelationshipFieldInModelAndFieldOrder() {
        assertThat(BINDINGS).containsExactly(
                new RelationshipBinding("Blog", "posts", HAS_MANY, "Post", List.of("blogId"), List.of("id"),
                        "gsi-Blog.posts"),
                new RelationshipBinding("Post", "blog", BELONGS_TO, "Blog", List.of("blogId"), List.of("id"), null),
                new RelationshipBinding("Post", "comments", HAS_MANY, "Comment", List.of("postId"), List.of("id"),
                        "gsi-Post.comments"),
                new RelationshipBinding("Comment", "post", BELONGS_TO, "Post", List.of("postId"), List.of("id"), null),
                new RelationshipBinding("User", "profile", HAS_ONE, "Profile", List.of("userId"), List.of("id"),
                        "gsi-User.profile"),
                new RelationshipBinding("Profile", "user", BELONGS_TO, "User", List.of("userId"), List.of("id"), null),
                new RelationshipBinding("Store", "items", HAS_MANY, "Item", List.of("storeId", "region"),
                        List.of("storeId", "region"), "gsi-Store.items"),
                new RelationshipBinding("Item", "store", BELONGS_TO, "Store", List.of("storeId", "region"),
                        List.of("storeId", "region"), null));
    }

    @Test
    void namesTheIndexAmplifysResolverQueries() {
        for (RelationshipBinding binding : BINDINGS) {
            String template = resolver(binding.typeName() + "." + binding.fieldName() + ".req.vtl");
            if (binding.indexName() == null) {
                assertThat(template).doesNotContain("\"index\"");
            } else {
                assertThat(template).contains("\"index\": \"" + binding.indexName() + "\"");
            }
        }
    }

    @Test
    void bindsNothingWithoutRelationships() {
        assertThat(AppSyncTransform.transform(TestSchemas.schema5()).relationships()).isEmpty();
    }

    private static String resolver(String name) {
        return ConformanceTest.resource("/conformance/relationships/resolvers/" + name);
    }
}
