package dev.forte.server.internal.realtime;

import dev.forte.server.internal.auth.RequestIdentity;
import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.ModelChange;
import dev.forte.server.internal.execution.GraphqlRequest;
import dev.forte.server.internal.execution.RealtimeExecution;
import dev.forte.server.internal.execution.SubscriptionPlan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers each committed change of the {@link ChangeFeed} to the subscriptions whose {@code @aws_subscribe}
 * lists its mutation: filter, shape once per distinct document, variables and subscriber, hand to the connection's
 * queue. The work is spread over lanes, one thread each (one per core by default): a connection's subscriptions all
 * live in one lane, and every lane takes the changes in the feed's order, so each subscription sees them in commit
 * order while the sends to a thousand connections run on every core. No lane waits on a client: a connection that
 * cannot take more is disconnected by its own queue.
 */
final class SubscriptionFanout implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SubscriptionFanout.class);
    /** Beyond a few lanes the sends contend for the same cores as the rest of the server. */
    private static final int MAX_LANES = 8;

    /** Where a matching change goes: the connection holding the subscription. */
    interface Subscriber {
        /** Queues a {@code data} message for operation {@code id} unless {@code registration} was stopped. */
        void deliver(Registration registration, String payloadJson);

        /** Ends {@code registration} with an error: changes it should have received may have been missed. */
        void interrupt(Registration registration, FeedGap gap);
    }

    /**
     * One active subscription, delivered by lane {@code lane}; {@code dataPrefix} starts each of its {@code data}
     * messages.
     */
    record Registration(Subscriber subscriber, String id, SubscriptionPlan plan, SubscriptionFilter filter,
            int lane, ShapeKey shape, String dataPrefix) {}

    private final RealtimeExecution execution;
    private final RealtimeMessages messages;
    private final List<Lane> lanes;
    private final ChangeFeed.Listening listening;

    SubscriptionFanout(ChangeFeed feed, RealtimeExecution execution, RealtimeMessages messages) {
        this(feed, execution, messages, Math.min(Runtime.getRuntime().availableProcessors(), MAX_LANES));
    }

    SubscriptionFanout(ChangeFeed feed, RealtimeExecution execution, RealtimeMessages messages, int laneCount) {
        this.execution = execution;
        this.messages = messages;
        this.lanes = IntStream.range(0, Math.max(1, laneCount)).mapToObj(Lane::new).toList();
        this.listening = feed.listen(this::dispatch, this::interruptAll);
    }

    Registration register(Subscriber subscriber, String id, SubscriptionPlan plan) {
        int lane = Math.floorMod(subscriber.hashCode(), lanes.size());
        Registration registration = new Registration(subscriber, id, plan,
                new SubscriptionFilter(plan.arguments(), plan.filters()), lane, new ShapeKey(plan),
                messages.dataPrefix(id));
        for (String mutation : plan.mutations()) {
            lanes.get(lane).byMutation.computeIfAbsent(mutation, any -> ConcurrentHashMap.newKeySet())
                    .add(registration);
        }
        return registration;
    }

    void unregister(Registration registration) {
        Map<String, Set<Registration>> byMutation = lanes.get(registration.lane()).byMutation;
        for (String mutation : registration.plan().mutations()) {
            Set<Registration> registrations = byMutation.get(mutation);
            if (registrations != null) {
                registrations.remove(registration);
            }
        }
    }

    /** Hands {@code change} to every lane with a subscription to its mutation; they share the shaped payloads. */
    private void dispatch(ModelChange change) {
        Map<ShapeKey, String> shaped = new ConcurrentHashMap<>();
        for (Lane lane : lanes) {
            Set<Registration> registrations = lane.byMutation.get(change.mutationField());
            if (registrations != null && !registrations.isEmpty()) {
                lane.thread.execute(() -> deliver(change, registrations, shaped));
            }
        }
    }

    private void deliver(ModelChange change, Set<Registration> registrations, Map<ShapeKey, String> shaped) {
        for (Registration registration : registrations) {
            try {
                if (registration.filter().matches(change.item())) {
                    String payload = shaped.computeIfAbsent(registration.shape(),
                            key -> messages.json(execution.payload(registration.plan(), change.item())));
                    registration.subscriber().deliver(registration, payload);
                }
            } catch (RuntimeException e) {
                log.error("Could not deliver {} to subscription {}", change.mutationField(), registration.id(), e);
            }
        }
    }

    // Ends every subscription with an error rather than let it wait for changes that may never come (the client
    // subscribes again, and re-reads what it may have missed). Each lane ends its own after what it has queued.
    private void interruptAll(FeedGap gap) {
        int count = lanes.stream().mapToInt(lane -> lane.registrations().size()).sum();
        if (count > 0) {
            log.warn("Ending {} subscriptions: changes may have been missed ({})", count, gap.reason());
        }
        for (Lane lane : lanes) {
            lane.thread.execute(() -> lane.interruptAll(gap));
        }
    }

    /**
     * Subscriptions with the same document, variables and subscriber receive the same payload. Made once per
     * subscription, with its hash, since every change looks it up for every subscriber.
     */
    static final class ShapeKey {
        private final GraphqlRequest request;
        private final RequestIdentity identity;
        private final int hash;

        ShapeKey(SubscriptionPlan plan) {
            this.request = plan.request();
            this.identity = plan.identity();
            this.hash = Objects.hash(request, identity);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ShapeKey key && hash == key.hash && request.equals(key.request)
                    && identity.equals(key.identity);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    @Override
    public void close() {
        listening.close();
        lanes.forEach(lane -> lane.thread.shutdown());
        for (Lane lane : lanes) {
            try {
                lane.thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The subscriptions of some connections, and the one thread that delivers to them. */
    private final class Lane {
        final Map<String, Set<Registration>> byMutation = new ConcurrentHashMap<>();
        final ExecutorService thread;

        Lane(int number) {
            this.thread = Executors.newSingleThreadExecutor(runnable -> {
                Thread fanout = new Thread(runnable, "forte-realtime-fanout-" + number);
                fanout.setDaemon(true);
                return fanout;
            });
        }

        /** Every subscription of the lane once, though it may be listed under several mutations. */
        Set<Registration> registrations() {
            Set<Registration> all = new LinkedHashSet<>();
            byMutation.values().forEach(all::addAll);
            return all;
        }

        void interruptAll(FeedGap gap) {
            for (Registration registration : registrations()) {
                unregister(registration);
                registration.subscriber().interrupt(registration, gap);
            }
        }
    }
}
