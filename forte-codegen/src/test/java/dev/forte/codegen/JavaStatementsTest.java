package dev.forte.codegen;

import static dev.forte.data.a.customType;
import static dev.forte.data.a.enumType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.backend.DataDefinition;
import dev.forte.backend.DataProps;
import dev.forte.backend.Define;
import dev.forte.codegen.testing.JavaSources;
import dev.forte.data.a;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The java statement target compiles cleanly and its records behave as documented. */
class JavaStatementsTest {
    private static final StatementOptions JAVA = StatementOptions.of(StatementTarget.JAVA)
            .withJavaPackage("com.example.graphql");

    @TempDir
    Path work;

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void compilesWithoutWarningsForEveryConformanceSchema(int n) throws Exception {
        Map<String, String> files = StatementGenerator.generate(
                ConformanceSchemas.appSyncSdl(n, work.resolve("backend")), JAVA).files();

        ClassLoader classes = JavaSources.compile(files, work.resolve("generated"));

        List<Object> documents = new ArrayList<>();
        for (Field constant : classes.loadClass("com.example.graphql.Queries").getFields()) {
            documents.add(constant.get(null));
        }
        assertThat(documents).isNotEmpty().allSatisfy(document -> assertThat(document).asString()
                .startsWith("query ").endsWith("}\n"));
        assertThat(files).containsKeys("com/example/graphql/Queries.java", "com/example/graphql/Mutations.java",
                "com/example/graphql/Subscriptions.java");
    }

    @Test
    void namesThatAreJavaKeywordsGetAnUnderscoreAndKeepTheirGraphqlName() throws Exception {
        DataDefinition data = Define.defineData(DataProps.builder(a.schema(
                        enumType("Kind", a.enumOf("default", "SPECIAL")),
                        model("Entry", a.model(
                                field("class", a.string().required()),
                                field("kind", a.ref("Kind")))))
                .authorization(allow -> List.of(allow.publicApiKey()))).build());
        Map<String, String> files = StatementGenerator.generate(data, JAVA).files();

        ClassLoader classes = JavaSources.compile(files, work);

        Class<?> input = classes.loadClass("com.example.graphql.CreateEntryInput");
        assertThat(input.getRecordComponents()).extracting(component -> component.getName())
                .containsExactly("class_", "kind", "id");
        assertThat(files.get("com/example/graphql/Kind.java"))
                .contains("@com.fasterxml.jackson.annotation.JsonProperty(\"default\") default_");
    }

    @Test
    void inputRecordsRefuseAMissingRequiredComponentByName() throws Exception {
        ClassLoader classes = JavaSources.compile(
                StatementGenerator.generate(ConformanceSchemas.appSyncSdl(1, work.resolve("backend")), JAVA).files(),
                work.resolve("generated"));
        Class<?> update = classes.loadClass("com.example.graphql.UpdateTodoInput");

        assertThatThrownBy(() -> update.getConstructor(String.class).newInstance((Object) null))
                .isInstanceOf(InvocationTargetException.class)
                .cause().isInstanceOf(NullPointerException.class).hasMessage("id is required");
        Object withId = update.getConstructor(String.class).newInstance("t1");
        Object named = update.getMethod("withName", String.class).invoke(withId, "renamed");
        assertThat(named.toString()).isEqualTo("UpdateTodoInput[name=renamed, description=null, isDone=null, id=t1]");
    }

    @Test
    void customTypesAreWholeInJavaDocumentsToo() {
        String queries = StatementGenerator.generate(ConformanceSchemas.appSyncSdl(4, work), JAVA).files()
                .get("com/example/graphql/Queries.java");

        String listPlaces = queries.substring(queries.indexOf("LIST_PLACES = \"\"\""));
        listPlaces = listPlaces.substring(0, listPlaces.indexOf("\"\"\";"));
        assertThat(listPlaces).contains("previousAddresses {", "geo {", "meta {");
    }
}
