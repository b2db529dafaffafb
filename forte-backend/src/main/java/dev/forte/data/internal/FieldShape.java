package dev.forte.data.internal;

import dev.forte.schema.AuthRule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A field's type and modifiers as the builder recorded them; see {@link dev.forte.schema.Field} for nullability.
 *
 * @param authorization the field's own rules, from {@code .authorization(...)}
 */
public record FieldShape(TypeShape type, boolean required, boolean array, boolean arrayRequired,
        @Nullable String defaultValue, List<AuthRule> authorization) {

    public FieldShape {
        authorization = List.copyOf(authorization);
    }

    /** Returns a nullable, non-array field of {@code type}. */
    public static FieldShape of(TypeShape type) {
        return new FieldShape(type, false, false, false, null, List.of());
    }

    /** Returns the shape after {@code .required()}: the element before {@code .array()}, the list after it. */
    public FieldShape withRequired() {
        return array
                ? new FieldShape(type, required, true, true, defaultValue, authorization)
                : new FieldShape(type, true, false, false, defaultValue, authorization);
    }

    /** Returns the shape with a non-null value (the element's, for an array): {@code .valueRequired()}. */
    public FieldShape withValueRequired() {
        return new FieldShape(type, true, array, arrayRequired, defaultValue, authorization);
    }

    /** Returns the shape after {@code .array()}. */
    public FieldShape withArray() {
        return new FieldShape(type, required, true, false, defaultValue, authorization);
    }

    /** Returns the shape after {@code .default_(value)}, the value already stringified. */
    public FieldShape withDefault(String value) {
        return new FieldShape(type, required, array, arrayRequired, value, authorization);
    }

    /** Returns the shape after {@code .authorization(...)}. */
    public FieldShape withAuthorization(List<AuthRule> rules) {
        return new FieldShape(type, required, array, arrayRequired, defaultValue, rules);
    }
}
