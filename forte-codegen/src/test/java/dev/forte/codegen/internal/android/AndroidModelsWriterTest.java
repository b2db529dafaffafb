package dev.forte.codegen.internal.android;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.codegen.testing.ConformanceBackends;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the conformance corpus does not cover, against files Amplify's generator wrote (resources' {@code
 * android-relationships/README.md} and {@code android-edge/README.md}), and the schemas it refuses.
 */
class AndroidModelsWriterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"android-relationships/relationships", "android-edge/edge"})
    void writesWhatAmplifyWritesByteForByte(String oracle) {
        Map<String, String> expected = files(oracle.substring(0, oracle.indexOf('/')) + "/models-java");

        Map<String, String> actual = AndroidModelsWriter.write(text(oracle + ".directives.graphql"));

        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((path, content) -> assertThat(actual.get(path)).as(path).isEqualTo(content));
    }

    @Test
    void writesFilesInAmplifysOrderProviderFirstThenEachTypeWithItsPath() {
        Map<String, String> files = AndroidModelsWriter.write(text("android-relationships/relationships.directives.graphql"));

        assertThat(files.keySet()).extracting(path -> path.substring(AndroidModelsWriter.DIRECTORY.length()))
                .startsWith("AmplifyModelProvider.java", "Blog.java", "BlogPath.java", "Post.java", "PostPath.java");
    }

    @Test
    void belongsToTakesOverItsReferenceFieldAndIsQueriedByIt() {
        String comment = AndroidModelsWriter.write(text("android-relationships/relationships.directives.graphql"))
                .get(AndroidModelsWriter.DIRECTORY + "Comment.java");

        assertThat(comment).contains("public static final QueryField POST = field(\"Comment\", \"postId\");")
                .contains("@BelongsTo(targetName = \"postId\", targetNames = {\"postId\"}, type = Post.class)"
                        + " ModelReference<Post> post;")
                .doesNotContain("String postId");
    }

    @Test
    void refusesHasManyWithoutTheBelongsToSide() {
        String sdl = """
                type Post @model { title: String comments: [Comment] @hasMany(references: ["postId"]) }
                type Comment @model { postId: ID }
                """;

        assertThatThrownBy(() -> AndroidModelsWriter.write(sdl)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@hasMany on `Post.comments`")
                .hasMessageContaining("add the belongs-to side");
    }

    @Test
    void refusesRelationshipToATypeThatIsNotAModel() {
        String sdl = "type Post @model { meta: Meta @hasOne(references: [\"postId\"]) }\ntype Meta { postId: ID }";

        assertThatThrownBy(() -> AndroidModelsWriter.write(sdl)).hasMessageContaining("`Meta`, which is not a model");
    }

    @Test
    void refusesFieldsWhoseBuilderMethodsWouldCollide() {
        String sdl = "type Todo @model { dueAt: String due_at: String }";

        assertThatThrownBy(() -> AndroidModelsWriter.write(sdl))
                .hasMessageContaining("Fields \"due_at\" and \"dueAt\" in Todo cannot be used at the same time");
    }

    @Test
    void refusesANullablePrimaryKey() {
        String sdl = "type Todo @model { code: String @primaryKey }";

        assertThatThrownBy(() -> AndroidModelsWriter.write(sdl))
                .hasMessageContaining("The primary key on type 'Todo' must reference non-null fields");
    }

    private static String text(String resource) {
        return ConformanceBackends.resource("/" + resource);
    }

    private static Map<String, String> files(String directory) {
        return ConformanceBackends.files("/" + directory);
    }
}
