package dev.forte.codegen.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.DataDefinition;
import dev.forte.client.DataClient;
import dev.forte.codegen.testing.ConformanceBackends;
import dev.forte.codegen.testing.JavaSources;
import dev.forte.schema.AuthRule;
import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumRef;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated Java models compile without warnings and describe each model as the client reads it. */
class JavaModelsTest {
    @TempDir Path scratch;

    @ParameterizedTest(name = "schema{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void modelsOfTheConformanceSchemasCompile(int n) throws Exception {
        Map<String, String> sources = JavaModels.generate(ConformanceBackends.data(n, scratch.resolve("backend")),
                "com.example.models");

        ClassLoader loader = JavaSources.compile(sources, scratch.resolve("models"), DataClient.class);

        assertThat(loader.loadClass("com.example.models.DataModels").getMethod("of", DataClient.class)).isNotNull();
    }

    @Test
    void relationshipsAreNotComponentsAndTheirReferenceFieldsAre() throws Exception {
        Map<String, String> sources = JavaModels.generate(
                ConformanceBackends.data("RelationshipsBackend", scratch.resolve("backend")), "app");
        ClassLoader loader = JavaSources.compile(sources, scratch.resolve("models"), DataClient.class);

        assertThat(List.of(loader.loadClass("app.Comment").getRecordComponents())).extracting(c -> c.getName())
                .containsExactly("id", "content", "postId", "createdAt", "updatedAt");
        assertThat(List.of(loader.loadClass("app.Item").getRecordComponents())).extracting(c -> c.getName())
                .containsExactly("id", "label", "storeId", "region", "createdAt", "updatedAt");
        assertThat(List.of(loader.loadClass("app.Blog").getRecordComponents())).extracting(c -> c.getName())
                .containsExactly("id", "name", "createdAt", "updatedAt");
        assertThat(sources.get("app/Comment.java")).contains(" * {@code post}: the {@code Post} whose {@code id} is"
                + " this item's {@code postId}.");
        assertThat(sources.get("app/Store.java")).contains(" * {@code items}: the {@code Item} items whose"
                + " {@code storeId} and {@code region} are this item's {@code storeId} and {@code region}.");
    }

    @Test
    void aModelIsARecordOfItsFieldsWithAFactoryOfTheRequiredOnesAndWithers() throws Exception {
        ClassLoader loader = JavaSources.compile(JavaModels.generate(todo(), "app"), scratch, DataClient.class);
        Class<?> todo = loader.loadClass("app.Todo");

        assertThat(todo.isRecord()).isTrue();
        assertThat(List.of(todo.getRecordComponents())).extracting(c -> c.getName() + ":" + c.getType().getSimpleName())
                .containsExactly("id:String", "name:String", "rank:Integer", "priority:Priority", "tags:List",
                        "class_:String", "meta:TodoMeta", "createdAt:String", "updatedAt:String");
        Object created = todo.getMethod("of", String.class, Integer.class).invoke(null, "write tests", 2);
        assertThat(created.toString()).isEqualTo(
                "Todo[id=null, name=write tests, rank=2, priority=null, tags=null, class_=null, meta=null,"
                        + " createdAt=null, updatedAt=null]");
        Object done = todo.getMethod("withRank", Integer.class).invoke(created, 3);
        assertThat(todo.getMethod("rank").invoke(done)).isEqualTo(3);
    }

    @Test
    void refusesAPackageNameThatIsNotOne() {
        assertThatThrownBy(() -> JavaModels.generate(todo(), "com.example-models"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a Java package name");
    }

    /**
     * Todo { name!, rank! = 1, priority: Priority, tags: [String], class: String, meta: TodoMeta } with a keyword
     * field and a custom type TodoMeta { source: String, labels: [String] }.
     */
    static DataDefinition todo() {
        Field name = new Field("name", Scalar.STRING, true, false, false, null, List.of());
        Field rank = new Field("rank", Scalar.INT, true, false, false, "1", List.of());
        Field tags = new Field("tags", Scalar.STRING, false, true, false, null, List.of());
        Model todo = new Model("Todo", List.of(name, rank, Field.of("priority", new EnumRef("Priority")), tags,
                Field.of("class", Scalar.STRING), Field.of("meta", new CustomTypeRef("TodoMeta"))), List.of("id"),
                List.of(), Set.of(), List.of());
        CustomType meta = new CustomType("TodoMeta", List.of(Field.of("source", Scalar.STRING),
                new Field("labels", Scalar.STRING, false, true, false, null, List.of())));
        DataSchema schema = new DataSchema(List.of(todo), List.of(new EnumType("Priority", List.of("LOW", "HIGH"))),
                List.of(meta), List.of(AuthRule.publicApiKey()), List.of());
        return new DataDefinition("amplifyData", schema, AuthorizationModes.defaults());
    }
}
