package dev.forte.schema;

import org.jspecify.annotations.Nullable;

/**
 * One rule of a field's {@code .validate(...)}: Amplify's {@code @validate(type: gt, value: "0", errorMessage: "…")},
 * checked on create and update when the input holds a non-null value for the field.
 *
 * @param directiveValue the text between the quotes of {@code value: "…"}, written as Amplify writes it (unescaped)
 * @param value what the check compares with: {@code directiveValue} read as a GraphQL string, e.g. {@code \\d} is
 *     {@code \d}
 * @param errorMessage the custom message, or null for the transformer's default message
 */
public record FieldValidation(ValidationType type, String directiveValue, String value,
        @Nullable String errorMessage) {}
