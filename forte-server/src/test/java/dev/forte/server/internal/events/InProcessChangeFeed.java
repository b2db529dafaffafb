package dev.forte.server.internal.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A feed for unit tests of delivery: reaches the listeners of this process only, in publish order, on the
 * publishing thread; {@link #gap} reports a gap as the PostgreSQL feed does when it loses its connection.
 */
public final class InProcessChangeFeed implements ChangeFeed {
    private record Listener(Consumer<ModelChange> changes, Consumer<FeedGap> gaps) {}

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void publish(ModelChange change) {
        listeners.forEach(listener -> listener.changes().accept(change));
    }

    /** Tells every listener that changes may have been missed. */
    public synchronized void gap(FeedGap gap) {
        listeners.forEach(listener -> listener.gaps().accept(gap));
    }

    @Override
    public Listening listen(Consumer<ModelChange> changes, Consumer<FeedGap> gaps) {
        Listener listener = new Listener(changes, gaps);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
