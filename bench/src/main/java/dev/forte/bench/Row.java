package dev.forte.bench;

import org.jspecify.annotations.Nullable;

/**
 * One line of the results table.
 *
 * @param key how ratios refer to it, e.g. {@code B1.get}
 * @param measurement null when the scenario failed or is a slot for a later issue
 * @param status {@code ok}, or why there is no measurement
 */
record Row(String key, String scenario, String what, int clients, @Nullable Measurement measurement, String status) {

    static Row measured(String key, String scenario, String what, int clients, Measurement measurement) {
        String status = measurement.errors() == 0 ? "ok" : "ok, with errors";
        return new Row(key, scenario, what, clients, measurement, status);
    }

    static Row failed(String key, String scenario, String what, int clients, String reason) {
        return new Row(key, scenario, what, clients, null, "FAILED: " + reason);
    }

    static Row slot(String key, String scenario, String what) {
        return new Row(key, scenario, what, 0, null, "slot: not measured yet");
    }
}
