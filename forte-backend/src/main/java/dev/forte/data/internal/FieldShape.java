package dev.forte.data.internal;

import dev.forte.schema.AuthRule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A field's type and modifiers as the builder recorded them; see {@link dev.forte.schema.Field} for nullability.
 *
 * @param authorization the field's own rules, from {@code .authorization(...)}
 * @param validations the field's rules from {@code .validate(...)}, in order
 */
public record FieldShape(TypeShape type, boolean required, boolean array, boolean arrayRequired,
        @Nullable String defaultValue, List<AuthRule> authorization, List<ValidationShape> validations) {

    public FieldShape {
        authorization = List.copyOf(authorization);
        validations = List.copyOf(validations);
    }

    /** Returns a nullable, non-array field of {@code type}. */
    public static FieldShape of(TypeShape type) {
        return new FieldShape(type, false, false, false, null, List.of(), List.of());
    }

    /** Returns the shape after {@code .required()}: the element before {@code .array()}, the list after it. */
    public FieldShape withRequired() {
        return array
                ? new FieldShape(type, required, true, true, defaultValue, authorization, validations)
                : new FieldShape(type, true, false, false, defaultValue, authorization, validations);
    }

    /** Returns the shape with a non-null value (the element's, for an array): {@code .valueRequired()}. */
    public FieldShape withValueRequired() {
        return new FieldShape(type, true, array, arrayRequired, defaultValue, authorization, validations);
    }

    /** Returns the shape after {@code .array()}. */
    public FieldShape withArray() {
        return new FieldShape(type, required, true, false, defaultValue, authorization, validations);
    }

    /** Returns the shape after {@code .default_(value)}, the value already stringified. */
    public FieldShape withDefault(String value) {
        return new FieldShape(type, required, array, arrayRequired, value, authorization, validations);
    }

    /** Returns the shape after {@code .authorization(...)}. */
    public FieldShape withAuthorization(List<AuthRule> rules) {
        return new FieldShape(type, required, array, arrayRequired, defaultValue, rules, validations);
    }

    /** Returns the shape after {@code .validate(...)}. */
    public FieldShape withValidations(List<ValidationShape> rules) {
        return new FieldShape(type, required, array, arrayRequired, defaultValue, authorization, rules);
    }
}
