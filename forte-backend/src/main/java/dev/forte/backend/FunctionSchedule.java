package dev.forte.backend;

import java.time.Duration;
import java.util.List;

/**
 * When a function runs on its own, from {@code defineFunction}'s {@code schedule}: a fixed rate ({@code every 5m},
 * {@code every 2h}) or a cron expression. Amplify's {@code every day|week|month|year} become the cron expressions
 * EventBridge would run: midnight UTC each day, each Sunday, on the 1st of each month, on January 1st.
 */
public sealed interface FunctionSchedule {

    /** Returns the schedule as it was written, e.g. {@code every 5m}. */
    String expression();

    /** Runs every {@code interval}, from {@code every <n>m} or {@code every <n>h}. */
    record Rate(String expression, Duration interval) implements FunctionSchedule {}

    /**
     * Runs when the cron expression matches, in UTC.
     *
     * @param fields minute, hour, day of month, month, day of week and, when six were given, the year (as
     *     EventBridge reads them)
     */
    record Cron(String expression, List<String> fields) implements FunctionSchedule {
        public Cron {
            fields = List.copyOf(fields);
        }
    }
}
