package dev.forte.server.internal.storage;

import dev.forte.server.internal.events.ChangeFeed;
import dev.forte.server.internal.events.FeedGap;
import dev.forte.server.internal.events.ModelChange;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** What a listener of a feed received, for tests that wait on it with generous timeouts. */
final class ReceivedChanges {
    private static final long TIMEOUT_SECONDS = 60;

    final BlockingQueue<ModelChange> changes = new LinkedBlockingQueue<>();
    final BlockingQueue<FeedGap> gaps = new LinkedBlockingQueue<>();
    final ChangeFeed.Listening listening;

    ReceivedChanges(ChangeFeed feed) {
        this.listening = feed.listen(changes::add, gaps::add);
    }

    /** Returns the next change, failing when none arrives in time. */
    ModelChange next() throws InterruptedException {
        ModelChange change = changes.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (change == null) {
            throw new AssertionError("No change arrived within " + TIMEOUT_SECONDS + " s");
        }
        return change;
    }

    /** Returns every change up to and including the first that {@code last} accepts. */
    List<ModelChange> until(Predicate<ModelChange> last) throws InterruptedException {
        List<ModelChange> received = new ArrayList<>();
        ModelChange change;
        do {
            change = next();
            received.add(change);
        } while (!last.test(change));
        return received;
    }

    /** Returns the next gap, failing when none arrives in time. */
    FeedGap nextGap() throws InterruptedException {
        FeedGap gap = gaps.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (gap == null) {
            throw new AssertionError("No gap was reported within " + TIMEOUT_SECONDS + " s");
        }
        return gap;
    }
}
