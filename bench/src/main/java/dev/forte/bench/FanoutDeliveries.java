package dev.forte.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/** For each published message: how many connections got it, and when the last one did. */
final class FanoutDeliveries {
    private final int subscribers;
    private final AtomicIntegerArray received;
    private final AtomicLongArray lastAt;

    FanoutDeliveries(int messages, int subscribers) {
        this.subscribers = subscribers;
        this.received = new AtomicIntegerArray(messages);
        this.lastAt = new AtomicLongArray(messages);
    }

    /** Records that a connection got {@code message} at {@code nanoTime}; ignores what is no published message. */
    void delivered(int message, long nanoTime) {
        if (message < 0 || message >= received.length()) {
            return;
        }
        received.incrementAndGet(message);
        lastAt.accumulateAndGet(message, nanoTime, Math::max);
    }

    /**
     * Waits until every connection has the first {@code count} messages, or {@code timeout} passes, or nothing more
     * arrived for {@code quiet}.
     */
    void await(int count, Duration timeout, Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long total = total(count);
        long lastProgress = System.nanoTime();
        while (total < (long) count * subscribers && System.nanoTime() < deadline
                && System.nanoTime() - lastProgress < quiet.toNanos()) {
            Thread.sleep(5);
            long now = total(count);
            if (now > total) {
                total = now;
                lastProgress = System.nanoTime();
            }
        }
    }

    private long total(int count) {
        long total = 0;
        for (int i = 0; i < count; i++) {
            total += received.get(i);
        }
        return total;
    }

    /**
     * Returns the time from sending to the last delivery of the messages after the first {@code skip} (the
     * warm-up); a message some connection missed, or that failed to publish ({@code sentAt} -1), is an error.
     */
    Measurement measurement(long[] sentAt, int skip, double seconds) {
        Latencies latencies = new Latencies();
        long errors = 0;
        long delivered = 0;
        for (int i = skip; i < sentAt.length; i++) {
            delivered += received.get(i);
            if (sentAt[i] < 0 || received.get(i) < subscribers) {
                errors++;
            } else {
                latencies.add(lastAt.get(i) - sentAt[i]);
            }
        }
        if (errors > 0) {
            int fewest = subscribers;
            for (int i = skip; i < sentAt.length; i++) {
                fewest = Math.min(fewest, received.get(i));
            }
            System.err.printf("fan-out: %d of %d messages did not reach every connection (fewest receipts: %d of %d)%n",
                    errors, sentAt.length - skip, fewest, subscribers);
        }
        Measurement times = latencies.measurement(seconds, errors);
        return new Measurement(delivered / seconds, sentAt.length - skip, times.p50Millis(), times.p99Millis(), errors);
    }
}
