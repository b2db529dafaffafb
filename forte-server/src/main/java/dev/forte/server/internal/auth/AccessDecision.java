package dev.forte.server.internal.auth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a model's rules let one caller do in one operation, as Amplify's auth resolvers decide it: everything,
 * nothing, or only the records the caller owns or whose group field names one of the caller's groups.
 */
public sealed interface AccessDecision {

    /** Every record: a public, private or static-group rule, or a plain IAM principal (a granted function). */
    record Granted() implements AccessDecision {}

    /** No record: AppSync's {@code $util.unauthorized()}. */
    record Denied() implements AccessDecision {}

    /** Only the records one of {@code conditions} holds for (they are ORed, as in Amplify's auth filter). */
    record Conditional(List<OwnershipCondition> conditions) implements AccessDecision {

        public Conditional {
            conditions = List.copyOf(conditions);
        }

        /** Returns the auth filter for a list, in the model's filter input shape: {@code {"or":[{"owner":{"eq":..}}]}}. */
        public Map<String, Object> filter() {
            List<Object> alternatives = new ArrayList<>();
            for (OwnershipCondition condition : conditions) {
                String operator = condition.list() ? "contains" : "eq";
                condition.storedValues().forEach(value ->
                        alternatives.add(Map.of(condition.field(), Map.of(operator, value))));
            }
            return Map.of("or", alternatives);
        }

        /** Returns whether {@code item} (stored values) is one the caller may access. */
        public boolean permits(Map<String, ?> item) {
            return conditions.stream().anyMatch(condition -> condition.holdsFor(item.get(condition.field())));
        }

        /**
         * Returns the enhanced subscription filter that delivers only the caller's events. Events carry read values
         * (the owner's part after the last {@code ::}), so the filter compares those:
         * {@code {"or":[{"owner":{"eq":"alice"}}]}} (PROTOCOL §5.8).
         */
        public Map<String, Object> subscriptionFilter() {
            List<Object> alternatives = new ArrayList<>();
            for (OwnershipCondition condition : conditions) {
                Map<String, Object> test = new LinkedHashMap<>();
                if (condition.group()) {
                    test.put(condition.list() ? "containsAny" : "in", condition.readValues());
                } else {
                    test.put(condition.list() ? "contains" : "eq", condition.readValues().get(0));
                }
                alternatives.add(Map.of(condition.field(), test));
            }
            return Map.of("or", alternatives);
        }
    }

    /**
     * One owner or dynamic-group rule applied to the caller: the record's {@code field} must hold one of
     * {@code storedValues} (or, for a list field, contain one).
     *
     * @param storedValues the values that identify the caller in stored records, e.g. {@code sub::alice},
     *     {@code sub}, {@code alice} for the default owner claim; the caller's groups for a group rule
     * @param readValues what events show: {@code alice} for an owner, the groups for a group rule
     * @param group whether the rule is a dynamic-group rule
     */
    record OwnershipCondition(String field, boolean list, List<String> storedValues, List<String> readValues,
            boolean group) {

        public OwnershipCondition {
            storedValues = List.copyOf(storedValues);
            readValues = List.copyOf(readValues);
        }

        boolean holdsFor(Object value) {
            if (value instanceof Collection<?> values) {
                return values.stream().anyMatch(storedValues::contains);
            }
            return value != null && storedValues.contains(value.toString());
        }
    }
}
