package dev.forte.server.internal.execution;

import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.ModelChange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A feed for engine tests that keeps what the resolvers published. */
final class RecordingChangeFeed implements ChangeFeed {
    final List<ModelChange> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ModelChange change) {
        published.add(change);
    }

    @Override
    public Listening listen(Consumer<ModelChange> changes, Consumer<FeedGap> gaps) {
        throw new UnsupportedOperationException("engine tests only record what is published");
    }

    @Override
    public void close() {}
}
