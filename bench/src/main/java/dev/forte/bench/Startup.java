package dev.forte.bench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Start-up times: process start to the first answered GraphQL request.
 *
 * @param millis every measurement, in the order taken
 * @param failure why there is none (or fewer than planned), or null
 */
record Startup(String what, List<Double> millis, @Nullable String failure) {

    @Nullable Double median() {
        if (millis.isEmpty()) {
            return null;
        }
        List<Double> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
