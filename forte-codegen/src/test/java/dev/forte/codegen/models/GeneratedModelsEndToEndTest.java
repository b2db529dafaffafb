package dev.forte.codegen.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.backend.Backend;
import dev.forte.client.DataClient;
import dev.forte.client.Page;
import dev.forte.client.TypedModelClient;
import dev.forte.codegen.testing.JavaSources;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated models, compiled, drive a real Forte server through the typed client and come back typed, custom types
 * included.
 */
class GeneratedModelsEndToEndTest {
    @TempDir Path scratch;

    @Test
    @SuppressWarnings("unchecked")
    void dataModelsCreatesAndListsTodosAsGeneratedRecords() throws Exception {
        ClassLoader loader = JavaSources.compile(JavaModels.generate(JavaModelsTest.todo(), "app"),
                scratch.resolve("models"), DataClient.class);
        Class<?> todoType = loader.loadClass("app.Todo");
        Class<?> priority = loader.loadClass("app.Priority");
        try (ForteServer server = ForteServer.start(ForteConfig.builder(Backend.of(JavaModelsTest.todo()))
                .port(0).dataDirectory(scratch.resolve("data")).build())) {
            DataClient client = DataClient.builder().endpoint(server.graphqlEndpoint()).apiKey(server.apiKey()).build();
            Object models = loader.loadClass("app.DataModels").getMethod("of", DataClient.class).invoke(null, client);
            TypedModelClient<Object> todos = (TypedModelClient<Object>) models.getClass().getMethod("todo")
                    .invoke(models);

            Object draft = todoType.getMethod("of", String.class, Integer.class).invoke(null, "generated", 1);
            Object high = priority.getEnumConstants()[1];
            draft = todoType.getMethod("withPriority", priority).invoke(draft, high);
            draft = todoType.getMethod("withClass", String.class).invoke(draft, "keyword field");
            draft = todoType.getMethod("withTags", List.class).invoke(draft, List.of("a", "b"));
            Class<?> metaType = loader.loadClass("app.TodoMeta");
            Object meta = metaType.getConstructors()[0].newInstance("import", List.of("x", "y"));
            draft = todoType.getMethod("withMeta", metaType).invoke(draft, meta);
            Object created = todos.create(draft).orElseThrow();
            Page<Object> page = todos.list();

            assertThat(page.errors()).isEmpty();
            assertThat(page.items()).hasSize(1).allSatisfy(item -> assertThat(item).isInstanceOf(todoType));
            Object listed = page.items().get(0);
            assertThat(listed).isEqualTo(created);
            assertThat(todoType.getMethod("name").invoke(listed)).isEqualTo("generated");
            assertThat(todoType.getMethod("rank").invoke(listed)).isEqualTo(1);
            assertThat(todoType.getMethod("priority").invoke(listed)).isEqualTo(high);
            assertThat(todoType.getMethod("class_").invoke(listed)).isEqualTo("keyword field");
            assertThat(todoType.getMethod("tags").invoke(listed)).isEqualTo(List.of("a", "b"));
            assertThat(todoType.getMethod("meta").invoke(listed)).isEqualTo(meta);
            assertThat((String) todoType.getMethod("id").invoke(listed)).isNotBlank();
        }
    }
}
