package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's backend changing between {@code forte sandbox} runs over one data directory (embedded PostgreSQL):
 * data survives a restart and an additive change; a change that would drop stored values is refused, and nothing
 * is lost.
 */
class SchemaEvolutionTest {
    private static final String LIST_NOTES = "query { listNotes { items { title body } } }";
    private static final Pattern TITLE_AND_BODY = Pattern.compile("\"title\":\"([^\"]*)\",\"body\":\"([^\"]*)\"");

    @TempDir Path directory;

    @Test
    void keepsDataAcrossRestartsAndAdditiveChangesAndRefusesToDropAFieldThatHoldsData() throws Exception {
        writeBackend("NotesV1", List.of("title", "body"), List.of(), false);
        writeBackend("NotesV2", List.of("title", "body"), List.of("pinned"), true);
        writeBackend("NotesV3", List.of("title"), List.of("pinned"), true);

        RunningSandbox v1 = sandbox("NotesV1");
        v1.post("mutation { createNote(input: {title: \"first\", body: \"one\"}) { id } }");
        v1.post("mutation { createNote(input: {title: \"second\", body: \"two\"}) { id } }");
        assertThat(v1.stop()).as(v1.err()).isZero();

        RunningSandbox restarted = sandbox("NotesV1");
        String afterRestart = restarted.post(LIST_NOTES);
        assertThat(restarted.stop()).as(restarted.err()).isZero();
        assertThat(titlesAndBodies(afterRestart)).containsExactlyInAnyOrder("first/one", "second/two");

        RunningSandbox v2 = sandbox("NotesV2");
        String afterAdding = v2.post(LIST_NOTES);
        String pinned = v2.post("mutation { createNote(input: {title: \"third\", body: \"three\", pinned: true}) "
                + "{ title pinned } }");
        v2.post("mutation { createTag(input: {label: \"new model\"}) { id } }");
        assertThat(v2.stop()).as(v2.err()).isZero();
        assertThat(titlesAndBodies(afterAdding)).containsExactlyInAnyOrder("first/one", "second/two");
        assertThat(pinned).contains("{\"title\":\"third\",\"pinned\":true}");

        Cli.Result refused = RunningSandbox.runExpectingFailure(directory, args("NotesV3"));
        assertThat(refused.status()).as(refused.out() + refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains("Model `Note` field `body` was removed: 3 stored values would be lost.")
                .contains("--allow-destructive-migration");

        RunningSandbox v2Again = sandbox("NotesV2");
        String everything = v2Again.post("query { listNotes { items { title body pinned } } }");
        String tags = v2Again.post("query { listTags { items { label } } }");
        assertThat(v2Again.stop()).as(v2Again.err()).isZero();
        assertThat(titlesAndBodies(everything)).containsExactlyInAnyOrder("first/one", "second/two", "third/three");
        assertThat(everything).contains("\"pinned\":true");
        assertThat(tags).contains("\"label\":\"new model\"");
    }

    private RunningSandbox sandbox(String backend) throws InterruptedException {
        return RunningSandbox.start(directory, args(backend));
    }

    private static String[] args(String backend) {
        return new String[] {"--backend-file", backend + ".java", "--port", "0", "--data-dir", "data"};
    }

    /** Returns "title/body" of each note in a {@code listNotes} answer, read with a pattern to need no JSON parser. */
    private static List<String> titlesAndBodies(String listAnswer) {
        return TITLE_AND_BODY.matcher(listAnswer).results().map(match -> match.group(1) + "/" + match.group(2)).collect(Collectors.toList());
    }

    /**
     * Writes {@code <className>.java}: {@code Note} with the given String and Boolean fields, and a {@code Tag}
     * model when {@code withTag}, open to the API key.
     */
    private void writeBackend(String className, List<String> stringFields, List<String> booleanFields, boolean withTag)
            throws Exception {
        String fields = "List.of(" + Stream.concat(
                stringFields.stream().map(f -> "Field.of(\"" + f + "\", Scalar.STRING)"),
                booleanFields.stream().map(f -> "Field.of(\"" + f + "\", Scalar.BOOLEAN)"))
                .collect(Collectors.joining(", ")) + ")";
        String models = withTag ? "List.of(model(\"Note\", " + fields + "), model(\"Tag\", "
                + "List.of(Field.of(\"label\", Scalar.STRING))))" : "List.of(model(\"Note\", " + fields + "))";
        Files.writeString(directory.resolve(className + ".java"), """
                import dev.forte.backend.AuthorizationModes;
                import dev.forte.backend.Backend;
                import dev.forte.backend.BackendDefinition;
                import dev.forte.backend.DataDefinition;
                import dev.forte.schema.AuthRule;
                import dev.forte.schema.DataSchema;
                import dev.forte.schema.Field;
                import dev.forte.schema.Model;
                import dev.forte.schema.Scalar;
                import java.util.List;
                import java.util.Set;

                public class %s implements BackendDefinition {
                    @Override
                    public Backend define() {
                        DataSchema schema = new DataSchema(%s, List.of(), List.of(),
                                List.of(AuthRule.publicApiKey()), List.of());
                        return Backend.of(new DataDefinition(DataDefinition.DEFAULT_NAME, schema,
                                AuthorizationModes.defaults()));
                    }

                    private static Model model(String name, List<Field> fields) {
                        return new Model(name, fields, List.of("id"), List.of(), Set.of(), List.of());
                    }
                }
                """.formatted(className, models));
    }
}
