package dev.forte.server.internal.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {
    private final List<String> written = new ArrayList<>();
    private final List<Consumer<@Nullable Throwable>> pending = new ArrayList<>();

    @Test
    void writesOneMessageAtATimeInOrder() {
        OutboundQueue queue = new OutboundQueue(10, this::deferred);
        queue.offer("a");
        queue.offer("b");
        queue.offer("c");
        assertThat(written).containsExactly("a");

        completeNext();
        completeNext();

        assertThat(written).containsExactly("a", "b", "c");
    }

    @Test
    void refusesOffersBeyondTheLimitWhileAWriteIsPending() {
        OutboundQueue queue = new OutboundQueue(2, this::deferred);

        assertThat(queue.offer("in flight")).isTrue();
        assertThat(queue.offer("1")).isTrue();
        assertThat(queue.offer("2")).isTrue();
        assertThat(queue.offer("3")).isFalse();
        assertThat(queue.size()).isEqualTo(2);
    }

    @Test
    void drainsSynchronousCompletionsWithoutNesting() {
        OutboundQueue queue = new OutboundQueue(100_000, (message, done) -> {
            written.add(message);
            done.accept(null);
        });
        for (int i = 0; i < 50_000; i++) {
            queue.offer("m" + i);
        }

        assertThat(written).hasSize(50_000).endsWith("m49999");
    }

    @Test
    void stopsAfterAFailedWrite() {
        OutboundQueue queue = new OutboundQueue(10, this::deferred);
        queue.offer("a");
        queue.offer("b");

        pending.remove(0).accept(new java.io.IOException("broken pipe"));

        assertThat(written).containsExactly("a");
        assertThat(queue.offer("c")).isFalse();
    }

    private void deferred(String message, Consumer<@Nullable Throwable> done) {
        written.add(message);
        pending.add(done);
    }

    private void completeNext() {
        pending.remove(0).accept(null);
    }
}
