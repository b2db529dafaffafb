package dev.forte.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A latency target: a row's p50 or p99 in milliseconds must not exceed {@code maxMillis}.
 *
 * @param percentile 50 or 99, the row's column
 * @param source the issue that sets the target, e.g. {@code issue 3}
 */
record Limit(String name, String row, int percentile, double maxMillis, String source) implements Check {

    Limit {
        if (percentile != 50 && percentile != 99) {
            throw new IllegalArgumentException("A row has p50 and p99, not p" + percentile);
        }
    }

    @Override
    public Optional<Double> value(Map<String, Row> rows) {
        Measurement measured = usable(rows, row);
        if (measured == null) {
            return Optional.empty();
        }
        return Optional.of(percentile == 50 ? measured.p50Millis() : measured.p99Millis());
    }

    @Override
    public String format(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.1f ms", value);
    }

    @Override
    public String target() {
        return String.format(Locale.ROOT, "≤ %s ms (%s)", maxMillis == Math.rint(maxMillis)
                ? String.format(Locale.ROOT, "%,.0f", maxMillis) : Double.toString(maxMillis), source);
    }

    @Override
    public boolean met(double value) {
        return value <= maxMillis;
    }

    @Override
    public List<String> needs() {
        return List.of(row);
    }

    static @Nullable Measurement usable(Map<String, Row> rows, String key) {
        Row found = rows.get(key);
        return found == null ? null : found.usable();
    }
}
