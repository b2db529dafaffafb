package dev.forte.server.internal.scalars;

import java.util.regex.Pattern;

/**
 * AppSync's {@code AWSEmail}: {@code local-part@domain-part} in the spirit of RFC 822. The local part is a
 * dot-separated run of RFC 822 atoms; the domain is dot-separated host labels, and a single label
 * ({@code user@localhost}) is accepted as AppSync does.
 */
final class EmailSyntax {
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern EMAIL =
            Pattern.compile(ATOM + "(?:\\." + ATOM + ")*+@" + LABEL + "(?:\\." + LABEL + ")*+");
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final int MAX_LENGTH = 254;

    private EmailSyntax() {}

    static boolean isEmail(String value) {
        return value.length() <= MAX_LENGTH
                && value.indexOf('@') <= MAX_LOCAL_PART_LENGTH
                && EMAIL.matcher(value).matches();
    }
}
