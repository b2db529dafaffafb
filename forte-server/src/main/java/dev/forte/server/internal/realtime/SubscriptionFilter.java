package dev.forte.server.internal.realtime;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a committed item matches a subscription (PROTOCOL §4.8, §5.8): every non-null argument equals
 * the same-named field of the item, and every filter input ({@code ModelSubscription<Model>FilterInput}) holds.
 * A filter input ANDs its fields and their operators, {@code and} takes a list that must all hold, {@code or} a
 * list of which one must. Values compare only with values of the same type (a string never equals a number);
 * on a missing attribute every comparison fails except {@code ne}, {@code notContains} and {@code notIn}.
 */
final class SubscriptionFilter {
    private final Map<String, Object> arguments;
    private final List<Map<String, @Nullable Object>> filters;

    SubscriptionFilter(Map<String, Object> arguments, List<Map<String, @Nullable Object>> filters) {
        this.arguments = Map.copyOf(arguments);
        this.filters = List.copyOf(filters);
    }

    boolean matches(Map<String, @Nullable Object> item) {
        for (Map.Entry<String, Object> argument : arguments.entrySet()) {
            if (!same(item.get(argument.getKey()), argument.getValue())) {
                return false;
            }
        }
        for (Map<String, @Nullable Object> filter : filters) {
            if (!holds(filter, item)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean holds(Map<String, @Nullable Object> filter, Map<String, @Nullable Object> item) {
        for (Map.Entry<String, @Nullable Object> entry : filter.entrySet()) {
            Object condition = entry.getValue();
            if (condition == null) {
                continue;
            }
            boolean holds = switch (entry.getKey()) {
                case "and" -> ((List<Map<String, @Nullable Object>>) condition).stream()
                        .allMatch(part -> part == null || holds(part, item));
                case "or" -> ((List<Map<String, @Nullable Object>>) condition).stream()
                        .anyMatch(part -> part != null && holds(part, item));
                case "not" -> !holds((Map<String, @Nullable Object>) condition, item);
                default -> fieldHolds(item.get(entry.getKey()), (Map<String, @Nullable Object>) condition);
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static boolean fieldHolds(@Nullable Object value, Map<String, @Nullable Object> operators) {
        for (Map.Entry<String, @Nullable Object> operator : operators.entrySet()) {
            Object operand = operator.getValue();
            if (operand != null && !applies(operator.getKey(), value, operand)) {
                return false;
            }
        }
        return true;
    }

    private static boolean applies(String operator, @Nullable Object value, Object operand) {
        return switch (operator) {
            case "eq" -> same(value, operand);
            case "ne" -> !same(value, operand);
            case "lt" -> compare(value, operand) < 0;
            case "le" -> compare(value, operand) <= 0 && comparable(value, operand);
            case "gt" -> compare(value, operand) > 0 && comparable(value, operand);
            case "ge" -> compare(value, operand) >= 0 && comparable(value, operand);
            case "between" -> between(value, (List<?>) operand);
            case "beginsWith" -> value instanceof String text && text.startsWith(operand.toString());
            case "contains" -> contains(value, operand);
            case "notContains" -> !contains(value, operand);
            case "in" -> ((Collection<?>) operand).stream().anyMatch(candidate -> same(value, candidate));
            case "notIn" -> ((Collection<?>) operand).stream().noneMatch(candidate -> same(value, candidate));
            case "containsAny" -> ((Collection<?>) operand).stream().anyMatch(candidate -> contains(value, candidate));
            case "attributeExists" -> Boolean.TRUE.equals(operand) == (value != null);
            default -> throw new IllegalArgumentException("Unsupported subscription filter operator `" + operator + "`");
        };
    }

    static boolean same(@Nullable Object value, @Nullable Object operand) {
        if (value == null || operand == null) {
            return value == operand;
        }
        BigDecimal left = number(value);
        BigDecimal right = number(operand);
        if (left != null || right != null) {
            return left != null && right != null && left.compareTo(right) == 0;
        }
        return Objects.equals(value, operand) || (isText(value) && isText(operand)
                && value.toString().equals(operand.toString()));
    }

    private static boolean between(@Nullable Object value, List<?> bounds) {
        return bounds.size() == 2 && comparable(value, bounds.get(0)) && comparable(value, bounds.get(1))
                && compare(value, bounds.get(0)) >= 0 && compare(value, bounds.get(1)) <= 0;
    }

    private static boolean contains(@Nullable Object value, Object operand) {
        if (value instanceof String text) {
            return text.contains(operand.toString());
        }
        if (value instanceof Collection<?> elements) {
            return elements.stream().anyMatch(element -> same(element, operand));
        }
        return false;
    }

    private static boolean comparable(@Nullable Object value, @Nullable Object operand) {
        if (value == null || operand == null) {
            return false;
        }
        return (number(value) != null && number(operand) != null) || (isText(value) && isText(operand));
    }

    /** Returns the order of two comparable values; {@link Integer#MAX_VALUE} (false for lt) when not comparable. */
    private static int compare(@Nullable Object value, @Nullable Object operand) {
        if (!comparable(value, operand)) {
            return Integer.MAX_VALUE;
        }
        BigDecimal left = number(value);
        BigDecimal right = number(operand);
        if (left != null && right != null) {
            return left.compareTo(right);
        }
        return value.toString().compareTo(operand.toString());
    }

    private static boolean isText(Object value) {
        return value instanceof CharSequence || value instanceof Enum<?>;
    }

    private static @Nullable BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException notFinite) {
                return null;
            }
        }
        return null;
    }
}
