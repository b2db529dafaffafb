package dev.forte.bench;

import java.util.Arrays;

/** Collects request latencies in nanoseconds, without allocating per request, and reports percentiles. */
final class Latencies {
    private long[] nanos = new long[4096];
    private int count;

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** Returns a recorder holding every latency of {@code parts}. */
    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.count; i++) {
                all.add(part.nanos[i]);
            }
        }
        return all;
    }

    /** Returns the {@code percentile} (0-100) in milliseconds, nearest rank; NaN when nothing was recorded. */
    double millis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    /** Returns a measurement of {@code count()} requests over {@code seconds}. */
    Measurement measurement(double seconds, long errors) {
        return new Measurement(count / seconds, count, millis(50), millis(99), errors);
    }
}
