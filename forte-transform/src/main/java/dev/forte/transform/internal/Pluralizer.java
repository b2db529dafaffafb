package dev.forte.transform.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English pluralisation with the rules of the {@code pluralize} npm package 8.0.0, which Amplify's transformer uses
 * for list field names ({@code Category} → {@code listCategories}) and default index names. The rule tables are
 * that library's; the order matters because the last matching rule wins.
 */
public final class Pluralizer {
    private static final Map<String, String> IRREGULAR_SINGLES = new HashMap<>();
    private static final Set<String> IRREGULAR_PLURALS = new HashSet<>();
    private static final Set<String> UNCOUNTABLES = new HashSet<>();
    private static final List<Rule> RULES = new ArrayList<>();

    private record Rule(Pattern pattern, String replacement) {}

    static {
        String[][] irregular = {
            {"I", "we"}, {"me", "us"}, {"he", "they"}, {"she", "they"}, {"them", "them"}, {"myself", "ourselves"},
            {"yourself", "yourselves"}, {"itself", "themselves"}, {"herself", "themselves"},
            {"himself", "themselves"}, {"themself", "themselves"}, {"is", "are"}, {"was", "were"},
            {"has", "have"}, {"this", "these"}, {"that", "those"}, {"echo", "echoes"}, {"dingo", "dingoes"},
            {"graffito", "graffiti"}, {"volcano", "volcanoes"}, {"tornado", "tornadoes"},
            {"torpedo", "torpedoes"}, {"genus", "genera"}, {"viscus", "viscera"}, {"stigma", "stigmata"},
            {"stoma", "stomata"}, {"dogma", "dogmata"}, {"lemma", "lemmata"}, {"schema", "schemata"},
            {"anathema", "anathemata"}, {"ox", "oxen"}, {"axe", "axes"}, {"die", "dice"}, {"yes", "yeses"},
            {"foot", "feet"}, {"eave", "eaves"}, {"goose", "geese"}, {"tooth", "teeth"}, {"quiz", "quizzes"},
            {"human", "humans"}, {"proof", "proofs"}, {"carve", "carves"}, {"valve", "valves"},
            {"looey", "looies"}, {"thief", "thieves"}, {"groove", "grooves"}, {"pickaxe", "pickaxes"},
            {"passerby", "passersby"}
        };
        for (String[] pair : irregular) {
            IRREGULAR_SINGLES.put(pair[0].toLowerCase(Locale.ROOT), pair[1].toLowerCase(Locale.ROOT));
            IRREGULAR_PLURALS.add(pair[1].toLowerCase(Locale.ROOT));
        }
        rule("s?$", "s");
        rule("[^\\u0000-\\u007F]$", "$0");
        rule("([^aeiou]ese)$", "$1");
        rule("(ax|test)is$", "$1es");
        rule("(alias|[^aou]us|t[lm]as|gas|ris)$", "$1es");
        rule("(e[mn]u)s?$", "$1s");
        rule("([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$", "$1");
        rule("(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$", "$1i");
        rule("(alumn|alg|vertebr)(?:a|ae)$", "$1ae");
        rule("(seraph|cherub)(?:im)?$", "$1im");
        rule("(her|at|gr)o$", "$1oes");
        rule("(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul"
                + "|automat|quor)(?:a|um)$", "$1a");
        rule("(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$",
                "$1a");
        rule("sis$", "ses");
        rule("(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$", "$1$2ves");
        rule("([^aeiouy]|qu)y$", "$1ies");
        rule("([^ch][ieo][ln])ey$", "$1ies");
        rule("(x|ch|ss|sh|zz)$", "$1es");
        rule("(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$", "$1ices");
        rule("\\b((?:tit)?m|l)(?:ice|ouse)$", "$1ice");
        rule("(pe)(?:rson|ople)$", "$1ople");
        rule("(child)(?:ren)?$", "$1ren");
        rule("eaux$", "$0");
        rule("m[ae]n$", "men");
        rule("^thou$", "you");
        for (String word : List.of("adulthood", "advice", "agenda", "aid", "aircraft", "alcohol", "ammo",
                "analytics", "anime", "athletics", "audio", "bison", "blood", "bream", "buffalo", "butter", "carp",
                "cash", "chassis", "chess", "clothing", "cod", "commerce", "cooperation", "corps", "debris",
                "diabetes", "digestion", "elk", "energy", "equipment", "excretion", "expertise", "firmware",
                "flounder", "fun", "gallows", "garbage", "hardware", "headquarters", "health", "herpes",
                "highjinks", "homework", "housework", "information", "jeans", "justice", "kudos", "labour",
                "literature", "machinery", "mackerel", "mail", "media", "mews", "moose", "music", "mud", "manga",
                "news", "only", "personnel", "pike", "plankton", "pliers", "police", "pollution", "premises",
                "rain", "research", "rice", "salmon", "scissors", "series", "sewage", "shambles", "shrimp",
                "software", "staff", "swine", "tennis", "traffic", "transportation", "trout", "tuna", "wealth",
                "welfare", "whiting", "wildebeest", "wildlife", "you")) {
            UNCOUNTABLES.add(word);
        }
        for (String pattern : List.of("pok[eé]mon$", "[^aeiou]ese$", "deer$", "fish$", "measles$", "o[iu]s$",
                "pox$", "sheep$")) {
            rule(pattern, "$0");
        }
    }

    private Pluralizer() {}

    private static void rule(String regex, String replacement) {
        RULES.add(new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), replacement));
    }

    /** Returns the plural of {@code word} as {@code pluralize(word)} returns it, e.g. {@code Person} → {@code People}. */
    public static String plural(String word) {
        String token = word.toLowerCase(Locale.ROOT);
        if (IRREGULAR_PLURALS.contains(token)) {
            return restoreCase(word, token);
        }
        if (IRREGULAR_SINGLES.containsKey(token)) {
            return restoreCase(word, IRREGULAR_SINGLES.get(token));
        }
        if (token.isEmpty() || UNCOUNTABLES.contains(token)) {
            return word;
        }
        for (int i = RULES.size() - 1; i >= 0; i--) {
            Matcher matcher = RULES.get(i).pattern().matcher(word);
            if (matcher.find()) {
                return replace(word, matcher, RULES.get(i).replacement());
            }
        }
        return word;
    }

    private static String replace(String word, Matcher matcher, String replacement) {
        String result = interpolate(replacement, matcher);
        String match = matcher.group();
        String restored = match.isEmpty()
                ? restoreCase(String.valueOf(word.charAt(matcher.start() - 1)), result)
                : restoreCase(match, result);
        return word.substring(0, matcher.start()) + restored + word.substring(matcher.end());
    }

    private static String interpolate(String replacement, Matcher matcher) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                int group = replacement.charAt(++i) - '0';
                String value = group <= matcher.groupCount() ? matcher.group(group) : null;
                out.append(value == null ? "" : value);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String restoreCase(String word, String token) {
        if (word.equals(token)) {
            return token;
        }
        if (word.equals(word.toLowerCase(Locale.ROOT))) {
            return token.toLowerCase(Locale.ROOT);
        }
        if (word.equals(word.toUpperCase(Locale.ROOT))) {
            return token.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(word.charAt(0)) || !Character.isLetter(word.charAt(0))) {
            return Character.toUpperCase(token.charAt(0)) + token.substring(1).toLowerCase(Locale.ROOT);
        }
        return token.toLowerCase(Locale.ROOT);
    }
}
