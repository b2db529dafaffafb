package dev.forte.server.internal.execution;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The outcome of a realtime {@code start}: an accepted {@link SubscriptionPlan} or the errors that refuse it. */
public sealed interface SubscriptionStart {

    /** The subscription is accepted. */
    record Accepted(SubscriptionPlan plan) implements SubscriptionStart {}

    /** The subscription is refused with AppSync-shaped {@code errors} (each with its {@code errorType}). */
    record Refused(List<Map<String, @Nullable Object>> errors) implements SubscriptionStart {
        public Refused {
            errors = List.copyOf(errors);
        }

        /** Returns a refusal with one {@code {"errorType", "message"}} error. */
        public static Refused of(String errorType, String message) {
            Map<String, @Nullable Object> error = new java.util.LinkedHashMap<>();
            error.put("errorType", errorType);
            error.put("message", message);
            return new Refused(List.of(error));
        }
    }
}
