package dev.forte.backend.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits identifiers into words as lodash's {@code words} does for ASCII names, which Amplify uses to spell
 * environment variable keys: {@code amplifyDatamyApi} is {@code amplify|Datamy|Api}, {@code APIKey} is
 * {@code API|Key}, {@code v2} is {@code v|2}.
 */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[A-Z]+|[0-9]+");

    private Words() {}

    /** Returns {@code name}'s words in order. */
    public static List<String> split(String name) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(name);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Returns {@code name} as lodash's {@code snakeCase(name).toUpperCase()}: {@code myApi} is {@code MY_API}. */
    public static String screamingSnakeCase(String name) {
        return String.join("_", split(name)).toUpperCase(Locale.ROOT);
    }

    /** Returns {@code name} in kebab case: {@code DataAccess} is {@code data-access}. */
    public static String kebabCase(String name) {
        return String.join("-", split(name)).toLowerCase(Locale.ROOT);
    }
}
