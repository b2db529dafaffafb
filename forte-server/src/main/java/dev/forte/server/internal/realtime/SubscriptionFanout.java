package dev.forte.server.internal.realtime;

import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.ModelChange;
import dev.forte.server.internal.execution.GraphqlRequest;
import dev.forte.server.internal.execution.RealtimeExecution;
import dev.forte.server.internal.execution.SubscriptionPlan;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers each committed change of the {@link ChangeFeed} to the subscriptions whose {@code @aws_subscribe}
 * lists its mutation: filter, shape once per distinct document, variables and subscriber, hand to the connection's
 * queue. One thread does it all, so every subscription sees changes in the feed's order, and it never waits on a
 * client: a connection that cannot take more is disconnected by its own queue.
 */
final class SubscriptionFanout implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionFanout.class);

    /** Where a matching change goes: the connection holding the subscription. */
    interface Subscriber {
        /** Queues a {@code data} message for operation {@code id} unless {@code registration} was stopped. */
        void deliver(Registration registration, String payloadJson);

        /** Ends {@code registration} with an error: changes it should have received may have been missed. */
        void interrupt(Registration registration, FeedGap gap);
    }

    /** One active subscription. */
    record Registration(Subscriber subscriber, String id, SubscriptionPlan plan, SubscriptionFilter filter) {}

    private final RealtimeExecution execution;
    private final RealtimeMessages messages;
    private final Map<String, Set<Registration>> byMutation = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread fanout = new Thread(runnable, "forte-realtime-fanout");
        fanout.setDaemon(true);
        return fanout;
    });
    private final ChangeFeed.Listening listening;

    SubscriptionFanout(ChangeFeed feed, RealtimeExecution execution, RealtimeMessages messages) {
        this.execution = execution;
        this.messages = messages;
        this.listening = feed.listen(change -> thread.execute(() -> deliver(change)),
                gap -> thread.execute(() -> interruptAll(gap)));
    }

    Registration register(Subscriber subscriber, String id, SubscriptionPlan plan) {
        Registration registration = new Registration(subscriber, id, plan,
                new SubscriptionFilter(plan.arguments(), plan.filters()));
        for (String mutation : plan.mutations()) {
            byMutation.computeIfAbsent(mutation, any -> ConcurrentHashMap.newKeySet()).add(registration);
        }
        return registration;
    }

    void unregister(Registration registration) {
        for (String mutation : registration.plan().mutations()) {
            Set<Registration> registrations = byMutation.get(mutation);
            if (registrations != null) {
                registrations.remove(registration);
            }
        }
    }

    private void deliver(ModelChange change) {
        Set<Registration> registrations = byMutation.get(change.mutationField());
        if (registrations == null || registrations.isEmpty()) {
            return;
        }
        Map<ShapeKey, String> shaped = new HashMap<>();
        for (Registration registration : registrations) {
            try {
                if (registration.filter().matches(change.item())) {
                    SubscriptionPlan plan = registration.plan();
                    String payload = shaped.computeIfAbsent(new ShapeKey(plan.request(), plan.identity()),
                            key -> messages.json(execution.payload(plan, change.item())));
                    registration.subscriber().deliver(registration, payload);
                }
            } catch (RuntimeException e) {
                log.error("Could not deliver {} to subscription {}", change.mutationField(), registration.id(), e);
            }
        }
    }

    // Ends every subscription with an error rather than let it wait for changes that may never come (the client
    // subscribes again, and re-reads what it may have missed).
    private void interruptAll(FeedGap gap) {
        Set<Registration> all = new LinkedHashSet<>();
        byMutation.values().forEach(all::addAll);
        if (!all.isEmpty()) {
            log.warn("Ending {} subscriptions: changes may have been missed ({})", all.size(), gap.reason());
        }
        for (Registration registration : all) {
            unregister(registration);
            registration.subscriber().interrupt(registration, gap);
        }
    }

    /** Subscriptions with the same document, variables and subscriber receive the same payload. */
    private record ShapeKey(GraphqlRequest request, RequestIdentity identity) {}

    @Override
    public void close() {
        listening.close();
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
