package dev.forte.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A throughput ratio computed from two rows measured in the same run, with its target when it has one.
 *
 * @param atLeast the lowest acceptable value, or null for a ratio shown for information
 * @param source the issue that sets the target, e.g. {@code issue 2}; empty for none
 */
record Ratio(String name, String numerator, String denominator, @Nullable Double atLeast, String source)
        implements Check {

    Ratio(String name, String numerator, String denominator) {
        this(name, numerator, denominator, null, "");
    }

    /** Returns the ratio of the two rows' requests per second, if both were measured. */
    @Override
    public Optional<Double> value(Map<String, Row> rows) {
        Measurement top = Limit.usable(rows, numerator);
        Measurement bottom = Limit.usable(rows, denominator);
        if (top == null || bottom == null || bottom.perSecond() == 0) {
            return Optional.empty();
        }
        return Optional.of(top.perSecond() / bottom.perSecond());
    }

    @Override
    public String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String target() {
        return atLeast == null ? "" : String.format(Locale.ROOT, "≥ %.2f (%s)", atLeast, source);
    }

    @Override
    public boolean met(double value) {
        return atLeast == null || value >= atLeast;
    }

    @Override
    public List<String> needs() {
        return List.of(numerator, denominator);
    }
}
