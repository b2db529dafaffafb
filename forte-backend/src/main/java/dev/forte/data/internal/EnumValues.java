package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules for an enum's values. */
final class EnumValues {
    private static final Set<String> FORBIDDEN = Set.of("true", "false", "null");

    private EnumValues() {}

    /** Throws unless {@code values} are distinct GraphQL enum values; {@code origin} names the enum. */
    static void check(String enumName, String origin, List<String> values) {
        if (values.isEmpty()) {
            throw new SchemaException("Enum `" + enumName + "` (" + origin + ") has no values. Give `a.enumOf(...)`"
                    + " at least one value.");
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            checkValue(enumName, value);
            if (!seen.add(value)) {
                throw new SchemaException("Enum `" + enumName + "` lists the value `" + value + "` twice. Remove one.");
            }
        }
    }

    private static void checkValue(String enumName, String value) {
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new SchemaException("Values of the enum type " + enumName + " should not contain any whitespace.");
        }
        if (!GraphqlNames.isValid(value) || FORBIDDEN.contains(value)) {
            throw new SchemaException("Enum `" + enumName + "` value `" + value + "` is not a valid GraphQL enum"
                    + " value. Use letters, digits and _, starting with a letter; true, false and null are not allowed.");
        }
    }
}
