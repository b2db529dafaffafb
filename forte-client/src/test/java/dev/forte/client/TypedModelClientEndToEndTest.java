package dev.forte.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code client.models(Todo.class)}: a record of the user's as the item type, against a real Forte server. */
class TypedModelClientEndToEndTest {
    enum Priority { LOW, MEDIUM, HIGH }

    record Todo(String id, String name, String description, Boolean isDone, Priority priority, String createdAt) {
        static Todo named(String name) {
            return new Todo(null, name, null, null, null, null);
        }
    }

    /** A record may leave fields out. */
    record TodoName(String id, String name) {}

    record Misspelt(String id, String titel) {}

    record Mistyped(String id, Integer name) {}

    @TempDir
    static Path dataDirectory;

    private static TodoTestServer server;
    private static DataClient client;

    @BeforeAll
    static void startServer() {
        server = TodoTestServer.start(dataDirectory);
        client = server.apiKeyClient();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void createsReadsUpdatesListsAndDeletesRecords() {
        TypedModelClient<Todo> todos = client.models(Todo.class);
        String name = "typed " + UUID.randomUUID();

        Todo created = todos.create(Todo.named(name)).orElseThrow();
        Todo read = todos.get(created.id()).orElseThrow();
        Todo updated = todos.update(new Todo(created.id(), null, null, true, Priority.HIGH, null)).orElseThrow();
        List<Todo> listed = todos.list(Map.of("name", Map.of("eq", name)), null, null).items();
        Todo deleted = todos.delete(updated).orElseThrow();

        assertThat(created.name()).isEqualTo(name);
        assertThat(created.isDone()).isFalse();
        assertThat(created.createdAt()).isNotBlank();
        assertThat(read).isEqualTo(created);
        assertThat(updated.name()).isEqualTo(name);
        assertThat(updated.isDone()).isTrue();
        assertThat(updated.priority()).isEqualTo(Priority.HIGH);
        assertThat(listed).containsExactly(updated);
        assertThat(deleted.id()).isEqualTo(created.id());
        assertThat(todos.get(created.id()).item()).isEmpty();
    }

    @Test
    void aRecordMayHoldSomeOfTheFields() {
        TypedModelClient<TodoName> todos = client.models().get("Todo", TodoName.class);

        TodoName created = todos.create(new TodoName(null, "partial")).orElseThrow();

        assertThat(todos.get(created.id()).orElseThrow()).isEqualTo(created);
    }

    @Test
    void errorsOfTheApiAreValuesAndOrElseThrowNamesThem() {
        TypedModelClient<Todo> todos = client.models(Todo.class);

        ModelResult<Todo> result = todos.create(new Todo(null, null, "no name", null, null, null));

        assertThat(result.hasErrors()).isTrue();
        assertThat(result.item()).isEmpty();
        assertThatThrownBy(result::orElseThrow).isInstanceOf(DataClientException.class)
                .hasMessageStartingWith("createTodo failed: ");
    }

    @Test
    void aComponentTheModelDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(() -> client.models().get("Todo", Misspelt.class))
                .isInstanceOf(DataClientException.class)
                .hasMessageContaining("Record Misspelt component `titel`: model `Todo` has no such field")
                .hasMessageContaining("its fields are [").hasMessageContaining("isDone, priority");
    }

    @Test
    void aComponentOfTheWrongTypeIsRefusedWithTheTypeToUse() {
        assertThatThrownBy(() -> client.models().get("Todo", Mistyped.class))
                .isInstanceOf(DataClientException.class)
                .hasMessageContaining("Record Mistyped component `name`: field `name` is String; declare the"
                        + " component as String.");
    }
}
