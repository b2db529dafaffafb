package dev.forte.bench;

import org.jspecify.annotations.Nullable;

/**
 * One line of the results table.
 *
 * @param key how ratios refer to it, e.g. {@code B1.get}
 * @param measurement null when the scenario could not run or is a slot for a later issue
 * @param status {@code ok}, or why there is no measurement
 */
record Row(String key, String scenario, String what, int clients, @Nullable Measurement measurement, String status) {

    /** Above this share of failed requests a run says more about the errors than about the server's speed. */
    static final double MAX_ERROR_SHARE = 0.01;

    static Row measured(String key, String scenario, String what, int clients, Measurement measurement) {
        return new Row(key, scenario, what, clients, measurement, status(measurement));
    }

    /** Returns the measurement if it is fit for ratios: measured, with at most 1 % errors. */
    @Nullable Measurement usable() {
        return measurement != null && errorShare(measurement) <= MAX_ERROR_SHARE ? measurement : null;
    }

    private static String status(Measurement measurement) {
        double share = errorShare(measurement);
        if (share > MAX_ERROR_SHARE) {
            return String.format(java.util.Locale.ROOT, "FAILED: %.1f %% of the requests failed", share * 100);
        }
        return measurement.errors() == 0 ? "ok" : "ok, with errors";
    }

    private static double errorShare(Measurement measurement) {
        return measurement.requests() == 0 ? 1 : (double) measurement.errors() / measurement.requests();
    }

    /** Returns this row with {@code note} after its status, e.g. why some requests failed. */
    Row withNote(String note) {
        return note.isBlank() ? this : new Row(key, scenario, what, clients, measurement, status + " (" + note + ")");
    }

    static Row failed(String key, String scenario, String what, int clients, String reason) {
        return new Row(key, scenario, what, clients, null, "FAILED: " + reason);
    }

    static Row slot(String key, String scenario, String what) {
        return new Row(key, scenario, what, 0, null, "slot: not measured yet");
    }
}
