package dev.forte.server.internal.events;

import java.util.function.Consumer;

/**
 * Carries committed changes to the listeners of every API node that shares the database. {@link #publish} is
 * called after the write's transaction has committed, never inside it; listeners see the changes of one writer in
 * commit order and must not block (they hand the change to their own queues).
 */
public interface ChangeFeed extends AutoCloseable {

    /** Sends a committed change to the listeners of every node, this one included. */
    void publish(ModelChange change);

    /** Registers a listener until the returned handle is closed. */
    Listening listen(Consumer<ModelChange> listener);

    /** Stops delivering and releases the feed's connections. */
    @Override
    void close();

    /** A registration of a listener; closing it stops its deliveries. */
    interface Listening extends AutoCloseable {
        @Override
        void close();
    }
}
