package dev.forte.codegen.internal.android;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text operations Amplify's Java layout is made of. Its quirks (blank lines holding two spaces, {@code @Override}
 * followed by a space on the next line) come from applying these to whole blocks, so the writers apply them the same
 * way rather than spelling the result out.
 */
final class Indentation {
    private static final String STEP = "  ";
    private static final Pattern LEADING = Pattern.compile("^[ \\t]*(?=\\S)", Pattern.MULTILINE);

    private Indentation() {}

    /** Returns {@code text} with two spaces in front. */
    static String indent(String text) {
        return STEP + text;
    }

    /** Returns {@code text} with {@code levels} times two spaces in front of every line, empty ones included. */
    static String indentLines(String text, int levels) {
        String indentation = STEP.repeat(levels);
        return indentation + text.replace("\n", "\n" + indentation);
    }

    /** Returns {@code text} with two spaces in front of every line, empty ones included. */
    static String indentLines(String text) {
        return indentLines(text, 1);
    }

    /** Removes the smallest indentation of the non-blank lines from the start of every line. */
    static String stripIndent(String text) {
        Matcher matcher = LEADING.matcher(text);
        int smallest = Integer.MAX_VALUE;
        while (matcher.find()) {
            smallest = Math.min(smallest, matcher.group().length());
        }
        if (smallest == 0 || smallest == Integer.MAX_VALUE) {
            return text;
        }
        return Pattern.compile("^[ \\t]{" + smallest + "}", Pattern.MULTILINE).matcher(text).replaceAll("");
    }

    /** Returns a Javadoc comment: one line as {@code /** text *}{@code /}, more lines as a block. */
    static String docComment(String text) {
        String escaped = text.replace("*/", "*\\/");
        String[] lines = escaped.split("\n", -1);
        if (lines.length == 1) {
            return "/** " + lines[0] + " */\n";
        }
        StringBuilder out = new StringBuilder("/**\n");
        for (String line : lines) {
            out.append(" * ").append(line).append('\n');
        }
        return out.append(" */\n").toString().replaceAll(" +\n", "\n");
    }
}
