package dev.forte.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A {@link GraphqlSubscription} of a {@link TypedModelClient}, whose items arrive as the client's item type. Read
 * items with {@link #nextItem}, or every event with {@link #poll} and {@link #take} and convert a {@link
 * SubscriptionEvent.Data} with {@link #item}; stop it with {@link #cancel()}. Like the subscription it wraps, it
 * reconnects by itself, and items changed before it started (or while it reconnected) are not delivered.
 *
 * <pre>{@code
 * TypedModelClient<Todo> todos = client.models(Todo.class);
 * try (TypedSubscription<Todo> high = todos.onCreate(Map.of("priority", Map.of("eq", "HIGH")))) {
 *     Optional<Todo> created = high.nextItem(Duration.ofSeconds(30));
 *     created.ifPresent(todo -> System.out.println(todo.name()));
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class TypedSubscription<T> implements AutoCloseable {
    private final GraphqlSubscription subscription;
    private final Function<Map<String, Object>, T> convert;
    private final String description;
    private volatile @Nullable DataClientException failure;

    TypedSubscription(GraphqlSubscription subscription, Function<Map<String, Object>, T> convert,
            String description) {
        this.subscription = subscription;
        this.convert = convert;
        this.description = description;
    }

    /** Returns the next event, waiting up to {@code timeout}; empty when none came. */
    public Optional<SubscriptionEvent> poll(Duration timeout) throws InterruptedException {
        return subscription.poll(timeout);
    }

    /** Returns the next event, waiting as long as it takes. */
    public SubscriptionEvent take() throws InterruptedException {
        return subscription.take();
    }

    /** Returns the item {@code data} carried, as {@code T}; null when it carried none. */
    public @Nullable T item(SubscriptionEvent.Data data) {
        Map<String, Object> fields = data.item();
        return fields == null ? null : convert.apply(fields);
    }

    /**
     * Returns the item of the next {@link SubscriptionEvent.Data} that carries one, waiting up to {@code timeout} in
     * all. {@link SubscriptionEvent.Started} and {@link SubscriptionEvent.Reconnecting} events are skipped, and so
     * are data events without an item (read those, and any errors they carry, with {@link #poll}).
     *
     * @return the item, or empty when none came within {@code timeout}
     * @throws DataClientException when the API ended the subscription ({@link SubscriptionEvent.Failed}), naming
     *     its errors; every later call throws it again
     */
    public Optional<T> nextItem(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            throwIfFailed();
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            Optional<SubscriptionEvent> event = subscription.poll(left);
            if (event.isEmpty()) {
                return Optional.empty();
            }
            Optional<T> item = itemOf(event.get());
            if (item.isPresent()) {
                return item;
            }
        }
    }

    /** Stops the subscription ({@code stop}) and closes its connection; idempotent. */
    public void cancel() {
        subscription.cancel();
    }

    /** Returns whether {@link #cancel()} was called or the API ended the subscription. */
    public boolean isDone() {
        return subscription.isDone();
    }

    /** Same as {@link #cancel()}. */
    @Override
    public void close() {
        cancel();
    }

    private Optional<T> itemOf(SubscriptionEvent event) {
        if (event instanceof SubscriptionEvent.Failed failed) {
            failure = ended(failed.errors());
            throwIfFailed();
        }
        return event instanceof SubscriptionEvent.Data data ? Optional.ofNullable(item(data)) : Optional.empty();
    }

    private void throwIfFailed() {
        DataClientException ended = failure;
        if (ended != null) {
            throw ended;
        }
    }

    private DataClientException ended(List<GraphqlError> errors) {
        String reasons = errors.isEmpty() ? "it gave no reason" : errors.stream()
                .map(error -> error.message() + (error.errorType() == null ? "" : " (" + error.errorType() + ")"))
                .collect(Collectors.joining("; "));
        return new DataClientException("The API ended the " + description + ": " + reasons + ". No further items"
                + " follow; fix the cause (for Unauthorized, the caller's authorization rules) and subscribe again.",
                -1, errors.isEmpty() ? null : errors.get(0).errorType(), null);
    }

    @Override
    public String toString() {
        return "TypedSubscription{" + description + (isDone() ? ", done" : "") + "}";
    }
}
