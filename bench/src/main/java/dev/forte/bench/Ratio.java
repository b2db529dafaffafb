package dev.forte.bench;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A throughput ratio the report computes from two rows, with its target when it has one.
 *
 * @param target the lowest acceptable value, or null for a ratio shown for information
 */
record Ratio(String name, String numerator, String denominator, @Nullable Double target) {

    /** Returns the ratio of the two rows' requests per second, if both were measured. */
    Optional<Double> value(Map<String, Row> rows) {
        Measurement top = measurement(rows, numerator);
        Measurement bottom = measurement(rows, denominator);
        if (top == null || bottom == null || bottom.perSecond() == 0) {
            return Optional.empty();
        }
        return Optional.of(top.perSecond() / bottom.perSecond());
    }

    /** Returns {@code met}, {@code not met}, or why there is no value. */
    String verdict(Map<String, Row> rows) {
        Optional<Double> value = value(rows);
        if (value.isEmpty()) {
            return (target == null ? "" : "not met: ") + "no value (" + missing(rows) + " failed or was not measured)";
        }
        if (target == null) {
            return "for information";
        }
        return value.get() >= target ? "met" : "NOT MET";
    }

    private String missing(Map<String, Row> rows) {
        return measurement(rows, numerator) == null ? numerator : denominator;
    }

    private static @Nullable Measurement measurement(Map<String, Row> rows, String key) {
        Row row = rows.get(key);
        return row == null ? null : row.usable();
    }
}
