package dev.forte.server.internal.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A feed that reaches the listeners of this process only, in publish order: what a single node needs until the
 * PostgreSQL feed carries changes between nodes.
 */
public final class InProcessChangeFeed implements ChangeFeed {
    private final List<Consumer<ModelChange>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void publish(ModelChange change) {
        listeners.forEach(listener -> listener.accept(change));
    }

    @Override
    public Listening listen(Consumer<ModelChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
