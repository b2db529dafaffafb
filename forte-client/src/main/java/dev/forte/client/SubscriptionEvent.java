package dev.forte.client;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a {@link GraphqlSubscription} reports, in the order it happened. */
public sealed interface SubscriptionEvent {

    /** The API acknowledged the subscription ({@code start_ack}); events flow from here, again after a reconnect. */
    record Started() implements SubscriptionEvent {}

    /**
     * One change delivered ({@code data}).
     *
     * @param response the message's payload: {@code data} (e.g. {@code {"onCreateTodo": {...}}}) and any errors
     * @param item the subscription field's object (the created, updated or deleted item); null when absent
     */
    record Data(GraphqlResponse response, @Nullable Map<String, Object> item) implements SubscriptionEvent {}

    /**
     * The connection dropped; the subscription reconnects and starts again by itself. Changes committed while it
     * was away are not replayed, so callers that need every change re-read after the next {@link Started}.
     *
     * @param reason what ended the connection
     */
    record Reconnecting(String reason) implements SubscriptionEvent {}

    /**
     * The API refused or ended the subscription (an {@code error} for it, or {@code connection_error}); no further
     * events follow.
     */
    record Failed(List<GraphqlError> errors) implements SubscriptionEvent {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
