package dev.forte.data.internal;

import dev.forte.schema.ValidationType;
import org.jspecify.annotations.Nullable;

/**
 * A rule as {@code .validate(...)} recorded it, before it is checked against its field.
 *
 * @param directiveValue the value as Amplify writes it into {@code @validate(value: "…")}: numbers as JavaScript
 *     prints them, strings unchanged
 */
public record ValidationShape(ValidationType type, String directiveValue, @Nullable String errorMessage) {}
