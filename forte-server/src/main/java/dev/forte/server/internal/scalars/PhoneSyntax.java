package dev.forte.server.internal.scalars;

import java.util.regex.Pattern;

/**
 * AppSync's {@code AWSPhone}: digit groups separated by spaces or hyphens, optionally parenthesised
 * ({@code (206) 555-0100}), with an optional leading {@code +country code}. A number without a country code, or
 * with {@code +1}, must be a North American (NANP) number: ten digits whose area code and exchange do not start
 * with 0 or 1, optionally after a trunk prefix {@code 1}. AppSync rejects {@code 1110004444} for that reason.
 */
final class PhoneSyntax {
    private static final String GROUP = "(?:\\(\\d++\\)|\\d++)";
    private static final Pattern LAYOUT = Pattern.compile("\\+?+" + GROUP + "(?:[ -]?+" + GROUP + ")*+");
    private static final Pattern NANP = Pattern.compile("1?+[2-9]\\d{2}[2-9]\\d{6}");
    private static final int MAX_LENGTH = 40;
    private static final int MIN_INTERNATIONAL_DIGITS = 7;
    private static final int MAX_INTERNATIONAL_DIGITS = 15;

    private PhoneSyntax() {}

    static boolean isPhone(String value) {
        if (value.length() > MAX_LENGTH || !LAYOUT.matcher(value).matches()) {
            return false;
        }
        String digits = value.replaceAll("\\D", "");
        boolean international = value.startsWith("+") && !digits.startsWith("1");
        return international ? isInternational(digits) : NANP.matcher(digits).matches();
    }

    private static boolean isInternational(String digits) {
        return digits.length() >= MIN_INTERNATIONAL_DIGITS
                && digits.length() <= MAX_INTERNATIONAL_DIGITS
                && digits.charAt(0) != '0';
    }
}
