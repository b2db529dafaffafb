package dev.forte.bench;

import java.util.Map;
import java.util.Optional;

/** A figure the report computes from the measured rows, held against a target from the open issues when it has one. */
interface Check {

    /** How the report names it, e.g. {@code Forte getTodo ÷ B1 get by id}. */
    String name();

    /** Returns the figure, if the rows it needs were measured without too many errors. */
    Optional<Double> value(Map<String, Row> rows);

    /** Returns the figure as the report prints it. */
    String format(double value);

    /** Returns the target as the report prints it ({@code ≥ 0.60}, {@code ≤ 2 ms}), empty for information only. */
    String target();

    /** Returns whether {@code value} meets the target; true when there is none. */
    boolean met(double value);

    /** Returns the row keys it needs, for the report's reason when there is no value. */
    java.util.List<String> needs();

    /** Returns {@code met}, {@code NOT MET}, {@code for information}, or why there is no value. */
    default String verdict(Map<String, Row> rows) {
        Optional<Double> value = value(rows);
        if (value.isEmpty()) {
            String missing = needs().stream().filter(key -> rows.get(key) == null || rows.get(key).usable() == null)
                    .findFirst().orElse("a row");
            return (target().isEmpty() ? "" : "NOT MET: ") + "no value (" + missing + " failed or was not measured)";
        }
        if (target().isEmpty()) {
            return "for information";
        }
        return met(value.get()) ? "met" : "NOT MET";
    }
}
