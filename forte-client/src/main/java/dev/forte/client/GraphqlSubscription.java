package dev.forte.client;

import dev.forte.client.internal.SubscriptionSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A live subscription over AppSync's realtime protocol: read its {@link SubscriptionEvent}s with {@link #poll} or
 * {@link #take}, stop it with {@link #cancel()}. It reconnects after a dropped connection and reports so with
 * {@link SubscriptionEvent.Reconnecting}. Up to 10,000 events wait for the caller; beyond that the subscription
 * stops reading from its socket until the caller catches up (and a server that holds too much for it disconnects
 * it, after which it reconnects).
 *
 * <pre>{@code
 * try (GraphqlSubscription created = client.models().get("Todo").onCreate(Map.of("priority", Map.of("eq", "HIGH")))) {
 *     if (created.take() instanceof SubscriptionEvent.Data data) {
 *         System.out.println(data.item());
 *     }
 * }
 * }</pre>
 */
public final class GraphqlSubscription implements AutoCloseable {
    private final SubscriptionSocket socket;
    private final BlockingQueue<SubscriptionEvent> events;

    GraphqlSubscription(SubscriptionSocket socket, BlockingQueue<SubscriptionEvent> events) {
        this.socket = socket;
        this.events = events;
    }

    /** Returns the next event, waiting up to {@code timeout}; empty when none came. */
    public Optional<SubscriptionEvent> poll(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(events.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** Returns the next event, waiting as long as it takes. */
    public SubscriptionEvent take() throws InterruptedException {
        return events.take();
    }

    /** Stops the subscription ({@code stop}) and closes its connection; idempotent. */
    public void cancel() {
        socket.cancel();
    }

    /** Returns whether {@link #cancel()} was called or the API ended the subscription. */
    public boolean isDone() {
        return socket.isDone();
    }

    /** Same as {@link #cancel()}. */
    @Override
    public void close() {
        cancel();
    }
}
