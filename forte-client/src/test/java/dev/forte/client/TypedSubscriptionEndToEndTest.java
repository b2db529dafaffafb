package dev.forte.client;

import static dev.forte.client.DataClientSubscriptionTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.client.TypedModelClientEndToEndTest.Priority;
import dev.forte.client.TypedModelClientEndToEndTest.Todo;
import dev.forte.schema.ResourceOperation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code client.models(Todo.class).onCreate(...)}: subscription items as the user's record, from a real server. */
class TypedSubscriptionEndToEndTest {
    @TempDir
    static Path dataDirectory;
    private static TodoTestServer server;
    private static TypedModelClient<Todo> todos;

    @BeforeAll
    static void startServer() {
        server = TodoTestServer.start(dataDirectory);
        todos = server.apiKeyClient().models(Todo.class);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void receivesTheCreatedTodoAsARecord() throws Exception {
        try (TypedSubscription<Todo> created = todos.onCreate(null)) {
            awaitStarted(created);

            Todo sent = todos.create(new Todo(null, "typed delivery", "as a record", true, Priority.MEDIUM, null))
                    .orElseThrow();
            Todo received = created.nextItem(WAIT).orElseThrow();

            assertThat(received.id()).isEqualTo(sent.id());
            assertThat(received.name()).isEqualTo("typed delivery");
            assertThat(received.isDone()).isTrue();
            assertThat(received.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(received).isEqualTo(sent);
        }
    }

    @Test
    void deliversOnlyTodosMatchingTheFilter() throws Exception {
        try (TypedSubscription<Todo> high = todos.onCreate(Map.of("priority", Map.of("eq", "HIGH")))) {
            awaitStarted(high);

            todos.create(new Todo(null, "low typed", null, null, Priority.LOW, null));
            todos.create(new Todo(null, "high typed", null, null, Priority.HIGH, null));

            Todo received = high.nextItem(WAIT).orElseThrow();
            assertThat(received.name()).isEqualTo("high typed");
            assertThat(received.priority()).isEqualTo(Priority.HIGH);
        }
    }

    @Test
    void nextItemSkipsTheStartedEventAndWaitsForAnItem() throws Exception {
        String prefix = "until delivered " + UUID.randomUUID();
        ScheduledExecutorService creator = Executors.newSingleThreadScheduledExecutor();
        try (TypedSubscription<Todo> created = todos.onCreate(null)) {
            // Creates until one is delivered: those before the subscription started are not.
            creator.scheduleWithFixedDelay(() -> todos.create(Todo.named(prefix)), 0, 200, TimeUnit.MILLISECONDS);

            Optional<Todo> first = created.nextItem(WAIT);

            assertThat(first).hasValueSatisfying(todo -> assertThat(todo.name()).isEqualTo(prefix));
        } finally {
            creator.shutdown();
            assertThat(creator.awaitTermination(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void onUpdateAndOnDeleteDeliverTheChangedTodo() throws Exception {
        try (TypedSubscription<Todo> updated = todos.onUpdate(null);
                TypedSubscription<Todo> deleted = todos.onDelete(null)) {
            awaitStarted(updated);
            awaitStarted(deleted);

            Todo todo = todos.create(Todo.named("to be done")).orElseThrow();
            todos.update(new Todo(todo.id(), null, null, true, null, null)).orElseThrow();
            todos.delete(todo).orElseThrow();

            SubscriptionEvent event = updated.poll(WAIT).orElseThrow();
            assertThat(event).isInstanceOf(SubscriptionEvent.Data.class);
            Todo afterUpdate = updated.item((SubscriptionEvent.Data) event);
            assertThat(afterUpdate).isNotNull();
            assertThat(afterUpdate.id()).isEqualTo(todo.id());
            assertThat(afterUpdate.isDone()).isTrue();
            assertThat(deleted.nextItem(WAIT).map(Todo::id)).contains(todo.id());
        }
    }

    @Test
    void nextItemIsEmptyWhenNothingIsCreatedInTime() throws Exception {
        Map<String, ?> nameNoOneUses = Map.of("name", Map.of("eq", UUID.randomUUID().toString()));
        try (TypedSubscription<Todo> none = todos.onCreate(nameNoOneUses)) {
            awaitStarted(none);

            assertThat(none.nextItem(Duration.ofMillis(500))).isEmpty();
            assertThat(none.isDone()).isFalse();
        }
    }

    @Test
    void aRefusedSubscriptionThrowsNamingTheApiError() throws Exception {
        TypedModelClient<Todo> reader = server.functionClient(ResourceOperation.QUERY).models(Todo.class);
        try (TypedSubscription<Todo> refused = reader.onCreate(null)) {
            assertThatThrownBy(() -> refused.nextItem(WAIT)).isInstanceOf(DataClientException.class)
                    .hasMessageStartingWith("The API ended the onCreate subscription of model `Todo`: ")
                    .hasMessageContaining("(Unauthorized)")
                    .satisfies(e -> assertThat(((DataClientException) e).errorType()).contains("Unauthorized"));
            assertThat(refused.isDone()).isTrue();
            assertThatThrownBy(() -> refused.nextItem(Duration.ZERO)).isInstanceOf(DataClientException.class)
                    .hasMessageContaining("(Unauthorized)");
        }
    }

    private static void awaitStarted(TypedSubscription<Todo> subscription) throws InterruptedException {
        assertThat(subscription.poll(WAIT)).containsInstanceOf(SubscriptionEvent.Started.class);
    }
}
