package dev.forte.codegen.internal.android;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A directive on a type or field, its arguments as plain values in their SDL order: strings (enum values too),
 * booleans, numbers, lists, maps, and null for an explicit {@code null}.
 */
record Directive(String name, Map<String, @Nullable Object> arguments) {

    Directive {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** Returns the string argument {@code key}, or null when absent. */
    @Nullable String string(String key) {
        return arguments.get(key) instanceof String value ? value : null;
    }

    /** Returns the string-list argument {@code key} (a single string counts as a list of one), or an empty list. */
    List<String> strings(String key) {
        Object value = arguments.get(key);
        if (value instanceof String single) {
            return List.of(single);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    boolean has(String key) {
        return arguments.containsKey(key);
    }
}
