package dev.forte.codegen.internal.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PascalCase, camelCase and CONSTANT_CASE as the {@code change-case} package (v4) spells them: words split at
 * lower-to-upper changes ({@code isDone} → {@code is Done}), before the last capital of a run followed by a lower-case
 * letter ({@code URLLink} → {@code URL Link}) and at non-alphanumerics.
 */
public final class ChangeCase {
    private ChangeCase() {}

    /**
     * Returns {@code name} in PascalCase: each word capitalised with the rest lower-cased ({@code getURL} becomes
     * {@code GetUrl}), and a later word starting with a digit prefixed with {@code _}.
     */
    public static String pascalCase(String name) {
        return join(words(name), false);
    }

    /** Returns {@code name} in camelCase: as {@link #pascalCase} but the first word all lower-case. */
    public static String camelCase(String name) {
        return join(words(name), true);
    }

    /** Returns {@code name} in CONSTANT_CASE: the words upper-cased and joined with {@code _}. */
    public static String constantCase(String name) {
        return String.join("_", words(name)).toUpperCase(Locale.ROOT);
    }

    private static String join(List<String> words, boolean lowerFirst) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0 && lowerFirst) {
                result.append(word.toLowerCase(Locale.ROOT));
                continue;
            }
            char first = word.charAt(0);
            if (i > 0 && Character.isDigit(first)) {
                result.append('_').append(first);
            } else {
                result.append(Character.toUpperCase(first));
            }
            result.append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return result.toString();
    }

    private static List<String> words(String name) {
        String split = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1 $2")
                .replaceAll("[^A-Za-z0-9]+", " ")
                .trim();
        List<String> words = new ArrayList<>();
        for (String word : split.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
