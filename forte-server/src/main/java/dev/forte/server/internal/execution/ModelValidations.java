package dev.forte.server.internal.execution;

import dev.forte.schema.Field;
import dev.forte.schema.FieldValidation;
import dev.forte.schema.Model;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A model's {@code .validate(...)} rules, checked as the transformer's {@code Mutation.createTodo.validate.1.req.vtl}
 * checks them: after the defaults are set and the caller authorized, field by field in schema order, skipping
 * fields whose value is absent or null, and failing on the first broken rule with {@code $util.error(message)}.
 */
final class ModelValidations {
    private final List<Check> checks;

    private ModelValidations(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    static ModelValidations of(Model model) {
        List<Check> checks = new ArrayList<>();
        for (Field field : model.fields()) {
            for (FieldValidation rule : field.validations()) {
                checks.add(new Check(field.name(), test(rule), message(model, field, rule)));
            }
        }
        return new ModelValidations(checks);
    }

    /** Throws the first broken rule's error; {@code values} are the input (with defaults, on create). */
    void require(Map<String, ?> values) {
        for (Check check : checks) {
            Object value = values.get(check.field());
            if (value != null && !check.test().test(value)) {
                throw new ResolverException(null, check.message());
            }
        }
    }

    private static Predicate<Object> test(FieldValidation rule) {
        String bound = rule.value();
        return switch (rule.type()) {
            case GT -> comparing(bound, order -> order > 0);
            case LT -> comparing(bound, order -> order < 0);
            case GTE -> comparing(bound, order -> order >= 0);
            case LTE -> comparing(bound, order -> order <= 0);
            case MIN_LENGTH -> minLength(Integer.parseInt(bound));
            case MAX_LENGTH -> maxLength(Integer.parseInt(bound));
            case STARTS_WITH -> value -> value.toString().startsWith(bound);
            case ENDS_WITH -> value -> value.toString().endsWith(bound);
            case MATCHES -> BoundedMatch.of(Pattern.compile(bound));
        };
    }

    /** The bound is parsed once, when the rules are read; the value on each check. */
    private static Predicate<Object> comparing(String bound, IntPredicate accepts) {
        BigDecimal limit = new BigDecimal(bound);
        return value -> accepts.test(new BigDecimal(value.toString()).compareTo(limit));
    }

    private static Predicate<Object> minLength(int length) {
        return value -> value.toString().length() >= length;
    }

    private static Predicate<Object> maxLength(int length) {
        return value -> value.toString().length() <= length;
    }

    /** The rule's own message, or the transformer's default. */
    static String message(Model model, Field field, FieldValidation rule) {
        if (rule.errorMessage() != null) {
            return rule.errorMessage();
        }
        String start = "Field " + field.name() + " of type " + model.name() + " must ";
        String value = rule.value();
        return start + switch (rule.type()) {
            case GT -> "be greater than " + value;
            case LT -> "be less than " + value;
            case GTE -> "be greater than or equal to " + value;
            case LTE -> "be less than or equal to " + value;
            case MIN_LENGTH -> "have a minimum length of " + value;
            case MAX_LENGTH -> "have a maximum length of " + value;
            case STARTS_WITH -> "start with " + value;
            case ENDS_WITH -> "end with " + value;
            case MATCHES -> "match " + value;
        };
    }

    private record Check(String field, Predicate<Object> test, String message) {}
}
