package dev.forte.transform.internal;

import dev.forte.schema.Field;
import dev.forte.schema.FieldValidation;

/**
 * A field's {@code .validate(...)} rules as data-schema writes them: one {@code @validate} per rule, after the type,
 * {@code @default} and {@code @index}; the value between quotes as given, the message as {@code JSON.stringify}
 * writes it.
 */
final class ValidateDirectives {
    private ValidateDirectives() {}

    /** Returns {@code " @validate(type: gt, value: \"0\")"} and the others, or an empty string. */
    static String of(Field field) {
        StringBuilder out = new StringBuilder();
        for (FieldValidation rule : field.validations()) {
            out.append(" @validate(type: ").append(rule.type().directiveName())
                    .append(", value: \"").append(rule.directiveValue()).append('"');
            if (rule.errorMessage() != null) {
                out.append(", errorMessage: ").append(jsonString(rule.errorMessage()));
            }
            out.append(')');
        }
        return out.toString();
    }

    /** Returns {@code value} as JavaScript's {@code JSON.stringify} writes a string. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || loneSurrogate(value, i) ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean loneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
    }
}
