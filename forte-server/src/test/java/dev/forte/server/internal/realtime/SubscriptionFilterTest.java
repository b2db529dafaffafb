package dev.forte.server.internal.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SubscriptionFilterTest {
    private static final Map<String, @Nullable Object> HIGH = item("a", "HIGH", 5);
    private static final Map<String, @Nullable Object> LOW = item("b", "LOW", 1);

    @Test
    void matchesEverythingWithoutArgumentsOrFilters() {
        assertThat(new SubscriptionFilter(Map.of(), List.of()).matches(LOW)).isTrue();
    }

    @Test
    void eqMatchesOnlyTheEqualValue() {
        SubscriptionFilter filter = filter(Map.of("priority", Map.of("eq", "HIGH")));

        assertThat(filter.matches(HIGH)).isTrue();
        assertThat(filter.matches(LOW)).isFalse();
    }

    @Test
    void inAndNotInTestMembership() {
        assertThat(filter(Map.of("priority", Map.of("in", List.of("HIGH", "MEDIUM")))).matches(HIGH)).isTrue();
        assertThat(filter(Map.of("priority", Map.of("in", List.of("HIGH", "MEDIUM")))).matches(LOW)).isFalse();
        assertThat(filter(Map.of("priority", Map.of("notIn", List.of("HIGH")))).matches(LOW)).isTrue();
        assertThat(filter(Map.of("priority", Map.of("notIn", List.of("HIGH")))).matches(HIGH)).isFalse();
    }

    @Test
    void andRequiresEveryPartAndOrAnyPart() {
        Map<String, Object> and = Map.of("and", List.of(Map.of("priority", Map.of("eq", "HIGH")),
                Map.of("rank", Map.of("gt", 3))));
        Map<String, Object> or = Map.of("or", List.of(Map.of("priority", Map.of("eq", "LOW")),
                Map.of("rank", Map.of("gt", 3))));

        assertThat(filter(and).matches(HIGH)).isTrue();
        assertThat(filter(and).matches(LOW)).isFalse();
        assertThat(filter(or).matches(HIGH)).isTrue();
        assertThat(filter(or).matches(LOW)).isTrue();
        assertThat(filter(or).matches(item("c", "MEDIUM", 2))).isFalse();
    }

    @Test
    void comparesNumbersNumericallyAndNeverWithStrings() {
        assertThat(filter(Map.of("rank", Map.of("between", List.of(1, 5)))).matches(HIGH)).isTrue();
        assertThat(filter(Map.of("rank", Map.of("le", 4.5))).matches(HIGH)).isFalse();
        assertThat(filter(Map.of("rank", Map.of("eq", 5L))).matches(HIGH)).isTrue();
        assertThat(filter(Map.of("rank", Map.of("eq", "5"))).matches(HIGH)).isFalse();
    }

    @Test
    void onAMissingAttributeOnlyNegationsHold() {
        Map<String, @Nullable Object> noPriority = item("d", null, 1);

        assertThat(filter(Map.of("priority", Map.of("eq", "HIGH"))).matches(noPriority)).isFalse();
        assertThat(filter(Map.of("priority", Map.of("gt", "A"))).matches(noPriority)).isFalse();
        assertThat(filter(Map.of("priority", Map.of("ne", "HIGH"))).matches(noPriority)).isTrue();
        assertThat(filter(Map.of("name", Map.of("notContains", "x"))).matches(item("e", null, 1))).isTrue();
    }

    @Test
    void stringOperatorsWork() {
        assertThat(filter(Map.of("name", Map.of("beginsWith", "todo"))).matches(HIGH)).isTrue();
        assertThat(filter(Map.of("name", Map.of("contains", "-a"))).matches(HIGH)).isTrue();
        assertThat(filter(Map.of("name", Map.of("contains", "-b"))).matches(HIGH)).isFalse();
    }

    @Test
    void argumentsMustEqualTheSameNamedField() {
        assertThat(new SubscriptionFilter(Map.of("priority", "HIGH"), List.of()).matches(HIGH)).isTrue();
        assertThat(new SubscriptionFilter(Map.of("priority", "HIGH"), List.of()).matches(LOW)).isFalse();
    }

    @Test
    void everyFilterMustHoldAsWhenAuthRulesAddOne() {
        SubscriptionFilter filter = new SubscriptionFilter(Map.of(), List.of(
                Map.of("priority", Map.of("eq", "HIGH")), Map.of("or", List.of(Map.of("name", Map.of("eq", "todo-b"))))));

        assertThat(filter.matches(HIGH)).isFalse();
        assertThat(filter.matches(LOW)).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static SubscriptionFilter filter(Map<String, ?> input) {
        return new SubscriptionFilter(Map.of(), List.of((Map<String, @Nullable Object>) input));
    }

    private static Map<String, @Nullable Object> item(String suffix, @Nullable String priority, int rank) {
        Map<String, @Nullable Object> item = new HashMap<>();
        item.put("id", suffix);
        item.put("name", suffix.equals("e") ? null : "todo-" + suffix);
        if (priority != null) {
            item.put("priority", priority);
        }
        item.put("rank", rank);
        return item;
    }
}
