package dev.forte.codegen.internal.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Operation and type names the way Amplify's generators derive them from field names. */
public final class OperationNames {
    private OperationNames() {}

    /**
     * Returns {@code name} in PascalCase as the {@code change-case} package spells it: words split at lower-to-upper
     * changes and non-alphanumerics, each word capitalised with the rest lower-cased ({@code getURL} becomes {@code
     * GetUrl}), and a later word starting with a digit prefixed with {@code _}.
     */
    public static String pascalCase(String name) {
        StringBuilder result = new StringBuilder();
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
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
