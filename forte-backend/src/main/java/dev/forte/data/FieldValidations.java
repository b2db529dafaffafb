package dev.forte.data;

import dev.forte.data.internal.ValidationShape;
import dev.forte.schema.ValidationType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a field's {@code .validate(v -> ...)}, Amplify's validation builder: each call adds a rule that
 * creates and updates check whenever the input holds a non-null value for the field, and answer with an error
 * (nothing is written) when it fails. The rules are checked in order and the first failure is reported, with the
 * rule's message or Amplify's default ({@code Field price of type Product must be greater than 0}).
 *
 * <pre>{@code
 * field("price", a.float_().validate(v -> v.gt(0).lte(1000, "Too expensive")))
 * field("sku", a.string().required().validate(v -> v.startsWith("SKU-").maxLength(20)))
 * }</pre>
 *
 * <p>{@code Int} and {@code Float} fields take {@code gt}, {@code lt}, {@code gte}, {@code lte}, {@code positive}
 * (which is {@code gt(0)}) and {@code negative} ({@code lt(0)}); {@code String} fields take {@code minLength},
 * {@code maxLength}, {@code startsWith}, {@code endsWith} and {@code matches}. Each kind once per field. As in
 * Amplify, string values go into {@code @validate(value: "…")} unescaped, so GraphQL's string escapes apply to
 * them: a regular expression's backslash is written twice ({@code "^\\\\d+$"} in Java source for {@code ^\d+$}).
 * {@code matches} is Java's {@link java.util.regex.Pattern} matching the whole value, as AppSync's
 * {@code $util.matches}.
 */
public final class FieldValidations {
    private final List<ValidationShape> rules;

    private FieldValidations(List<ValidationShape> rules) {
        this.rules = List.copyOf(rules);
    }

    static FieldValidations empty() {
        return new FieldValidations(List.of());
    }

    List<ValidationShape> rules() {
        return rules;
    }

    /** Requires a number greater than {@code value}. */
    public FieldValidations gt(double value) {
        return gt(value, null);
    }

    /** Requires a number greater than {@code value}, failing with {@code errorMessage}. */
    public FieldValidations gt(double value, @Nullable String errorMessage) {
        return number(ValidationType.GT, value, errorMessage);
    }

    /** Requires a number less than {@code value}. */
    public FieldValidations lt(double value) {
        return lt(value, null);
    }

    /** Requires a number less than {@code value}, failing with {@code errorMessage}. */
    public FieldValidations lt(double value, @Nullable String errorMessage) {
        return number(ValidationType.LT, value, errorMessage);
    }

    /** Requires a number greater than or equal to {@code value}. */
    public FieldValidations gte(double value) {
        return gte(value, null);
    }

    /** Requires a number greater than or equal to {@code value}, failing with {@code errorMessage}. */
    public FieldValidations gte(double value, @Nullable String errorMessage) {
        return number(ValidationType.GTE, value, errorMessage);
    }

    /** Requires a number less than or equal to {@code value}. */
    public FieldValidations lte(double value) {
        return lte(value, null);
    }

    /** Requires a number less than or equal to {@code value}, failing with {@code errorMessage}. */
    public FieldValidations lte(double value, @Nullable String errorMessage) {
        return number(ValidationType.LTE, value, errorMessage);
    }

    /** Requires a number greater than 0: {@code gt(0)}. */
    public FieldValidations positive() {
        return gt(0);
    }

    /** Requires a number greater than 0, failing with {@code errorMessage}. */
    public FieldValidations positive(@Nullable String errorMessage) {
        return gt(0, errorMessage);
    }

    /** Requires a number less than 0: {@code lt(0)}. */
    public FieldValidations negative() {
        return lt(0);
    }

    /** Requires a number less than 0, failing with {@code errorMessage}. */
    public FieldValidations negative(@Nullable String errorMessage) {
        return lt(0, errorMessage);
    }

    /** Requires a string of at least {@code length} characters (UTF-16 units, as Java's {@code length()}). */
    public FieldValidations minLength(int length) {
        return minLength(length, null);
    }

    /** Requires a string of at least {@code length} characters, failing with {@code errorMessage}. */
    public FieldValidations minLength(int length, @Nullable String errorMessage) {
        return add(ValidationType.MIN_LENGTH, Integer.toString(length), errorMessage);
    }

    /** Requires a string of at most {@code length} characters (UTF-16 units, as Java's {@code length()}). */
    public FieldValidations maxLength(int length) {
        return maxLength(length, null);
    }

    /** Requires a string of at most {@code length} characters, failing with {@code errorMessage}. */
    public FieldValidations maxLength(int length, @Nullable String errorMessage) {
        return add(ValidationType.MAX_LENGTH, Integer.toString(length), errorMessage);
    }

    /** Requires a string that starts with {@code prefix}. */
    public FieldValidations startsWith(String prefix) {
        return startsWith(prefix, null);
    }

    /** Requires a string that starts with {@code prefix}, failing with {@code errorMessage}. */
    public FieldValidations startsWith(String prefix, @Nullable String errorMessage) {
        return add(ValidationType.STARTS_WITH, prefix, errorMessage);
    }

    /** Requires a string that ends with {@code suffix}. */
    public FieldValidations endsWith(String suffix) {
        return endsWith(suffix, null);
    }

    /** Requires a string that ends with {@code suffix}, failing with {@code errorMessage}. */
    public FieldValidations endsWith(String suffix, @Nullable String errorMessage) {
        return add(ValidationType.ENDS_WITH, suffix, errorMessage);
    }

    /** Requires a string that {@code pattern} matches in full (see the class description for escapes). */
    public FieldValidations matches(String pattern) {
        return matches(pattern, null);
    }

    /** Requires a string that {@code pattern} matches in full, failing with {@code errorMessage}. */
    public FieldValidations matches(String pattern, @Nullable String errorMessage) {
        return add(ValidationType.MATCHES, pattern, errorMessage);
    }

    private FieldValidations number(ValidationType type, double value, @Nullable String errorMessage) {
        return add(type, ModelField.stringify(value), errorMessage);
    }

    private FieldValidations add(ValidationType type, String value, @Nullable String errorMessage) {
        List<ValidationShape> more = new ArrayList<>(rules);
        more.add(new ValidationShape(type, value, errorMessage == null || errorMessage.isEmpty() ? null
                : errorMessage));
        return new FieldValidations(more);
    }
}
