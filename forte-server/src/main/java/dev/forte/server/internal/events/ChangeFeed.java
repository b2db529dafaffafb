package dev.forte.server.internal.events;

import java.util.function.Consumer;

/**
 * Carries committed changes to the listeners of every API node that shares the database. {@link #publish} is
 * called after the write's transaction has committed, never inside it, and returns without waiting for the
 * database; listeners are called one change at a time, on the thread that published the change (for this node's
 * changes) or on the feed's own thread (for the others'), and must not block (they hand the change to their own
 * queues).
 *
 * <p>Ordering: the changes of one item reach every listener in the order they committed (a change that arrives
 * after a later change of the same item was delivered is dropped as superseded). Across items, changes arrive in
 * the order their nodes published them, which follows commit order except for commits on different nodes (or
 * racing threads) within the same few milliseconds.
 */
public interface ChangeFeed extends AutoCloseable {

    /**
     * Sends a committed change to the listeners of every node, this one's before returning; never blocks on the
     * database.
     */
    void publish(ModelChange change);

    /**
     * Registers a listener of changes and of gaps ({@link FeedGap}: changes may have been missed) until the
     * returned handle is closed.
     */
    Listening listen(Consumer<ModelChange> changes, Consumer<FeedGap> gaps);

    /** Registers a listener of changes that ignores gaps; prefer {@link #listen(Consumer, Consumer)}. */
    default Listening listen(Consumer<ModelChange> changes) {
        return listen(changes, gap -> { });
    }

    /** Stops delivering and releases the feed's connections. */
    @Override
    void close();

    /** A registration of a listener; closing it stops its deliveries. */
    interface Listening extends AutoCloseable {
        @Override
        void close();
    }
}
