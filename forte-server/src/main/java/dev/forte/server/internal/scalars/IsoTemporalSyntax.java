package dev.forte.server.internal.scalars;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AppSync's extended ISO 8601 dates and times. Years may be negative ({@code -0001-01-01}); fractions of a second
 * have 1 to 9 digits and need seconds; offsets are {@code Z} or {@code ±hh:mm} with optional {@code :ss}.
 * AWSDate and AWSTime take an optional offset, AWSDateTime requires one.
 */
final class IsoTemporalSyntax {
    private static final String DATE = "(?<year>-?\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})";
    private static final String TIME =
            "(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d{1,9})?)?";
    private static final String OFFSET =
            "(?<offset>Z|(?<sign>[+-])(?<offsetHours>\\d{2}):(?<offsetMinutes>\\d{2})(?::(?<offsetSeconds>\\d{2}))?)";

    private static final Pattern AWS_DATE = Pattern.compile(DATE + OFFSET + "?");
    private static final Pattern AWS_TIME = Pattern.compile(TIME + OFFSET + "?");
    private static final Pattern AWS_DATE_TIME = Pattern.compile(DATE + "T" + TIME + OFFSET);

    private IsoTemporalSyntax() {}

    static boolean isDate(String value) {
        Matcher matcher = AWS_DATE.matcher(value);
        return matcher.matches() && isRealDate(matcher) && isRealOffset(matcher);
    }

    static boolean isTime(String value) {
        Matcher matcher = AWS_TIME.matcher(value);
        return matcher.matches() && isRealTime(matcher) && isRealOffset(matcher);
    }

    static boolean isDateTime(String value) {
        Matcher matcher = AWS_DATE_TIME.matcher(value);
        return matcher.matches() && isRealDate(matcher) && isRealTime(matcher) && isRealOffset(matcher);
    }

    private static boolean isRealDate(Matcher matcher) {
        return isValid(() -> LocalDate.of(number(matcher, "year"), number(matcher, "month"), number(matcher, "day")));
    }

    private static boolean isRealTime(Matcher matcher) {
        return isValid(() -> LocalTime.of(number(matcher, "hour"), number(matcher, "minute"), number(matcher, "second")));
    }

    private static boolean isRealOffset(Matcher matcher) {
        if (matcher.group("offset") == null || matcher.group("offset").equals("Z")) {
            return true;
        }
        int sign = matcher.group("sign").equals("-") ? -1 : 1;
        return isValid(() -> ZoneOffset.ofHoursMinutesSeconds(
                sign * number(matcher, "offsetHours"),
                sign * number(matcher, "offsetMinutes"),
                sign * number(matcher, "offsetSeconds")));
    }

    /** Returns the named group as a number, 0 when the optional group is absent. */
    private static int number(Matcher matcher, String group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static boolean isValid(Runnable construction) {
        try {
            construction.run();
            return true;
        } catch (DateTimeException outOfRange) {
            return false;
        }
    }
}
