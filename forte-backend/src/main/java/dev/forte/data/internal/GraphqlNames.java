package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import java.util.regex.Pattern;

/** GraphQL's rule for names: letters, digits and {@code _}, not starting with a digit or {@code __}. */
final class GraphqlNames {
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

    private GraphqlNames() {}

    static boolean isValid(String name) {
        return NAME.matcher(name).matches() && !name.startsWith("__");
    }

    /** Throws unless {@code name} is a GraphQL name; {@code subject} says what was being named. */
    static void require(String name, String subject) {
        if (!isValid(name)) {
            throw new SchemaException(subject + ": `" + name + "` is not a valid GraphQL name. Use letters, digits"
                    + " and _, starting with a letter (and not with __).");
        }
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
