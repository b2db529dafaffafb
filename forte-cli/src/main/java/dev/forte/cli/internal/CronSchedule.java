package dev.forte.cli.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cron schedule as EventBridge reads one, in UTC: minute, hour, day of month, month, day of week and an optional
 * year, each {@code *}, {@code ?}, a value, a range {@code a-b}, a step {@code *}{@code /n} or {@code a-b/n}, or a
 * list of those. Days of week are 1-7 for Sunday to Saturday as in EventBridge (0 is Sunday too) or {@code SUN}-
 * {@code SAT}; months 1-12 or {@code JAN}-{@code DEC}. When both day fields are restricted, either may match (as in
 * Unix cron); EventBridge wants one of them {@code ?}. {@code L}, {@code W} and {@code #} are not supported.
 */
final class CronSchedule {
    private static final int MAX_STEPS = 2_000_000;
    private static final Map<String, Integer> MONTHS = names("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "OCT", "NOV", "DEC");
    private static final Map<String, Integer> DAYS = names("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;
    private final @Nullable BitSet years;

    private CronSchedule(List<String> fields) {
        minutes = parse(fields.get(0), 0, 59, Map.of());
        hours = parse(fields.get(1), 0, 23, Map.of());
        daysOfMonth = parse(fields.get(2), 1, 31, Map.of());
        months = parse(fields.get(3), 1, 12, MONTHS);
        daysOfWeek = parse(fields.get(4), 0, 7, DAYS);
        anyDayOfMonth = isAny(fields.get(2));
        anyDayOfWeek = isAny(fields.get(4));
        years = fields.size() > 5 ? parse(fields.get(5), 1970, 2199, Map.of()) : null;
    }

    /**
     * Returns the schedule of {@code fields} (5 or 6).
     *
     * @throws IllegalArgumentException naming the field Forte cannot read
     */
    static CronSchedule of(List<String> fields) {
        return new CronSchedule(fields);
    }

    /** Returns the first minute after {@code after} that the schedule matches, if one comes within a few years. */
    Optional<Instant> next(Instant after) {
        LocalDateTime time = LocalDateTime.ofInstant(after, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES)
                .plusMinutes(1);
        for (int step = 0; step < MAX_STEPS; step++) {
            if (years != null && !years.get(Math.min(time.getYear(), 2199))) {
                time = time.plusYears(1).withDayOfYear(1).truncatedTo(ChronoUnit.DAYS);
            } else if (!months.get(time.getMonthValue())) {
                time = time.plusMonths(1).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
            } else if (!dayMatches(time)) {
                time = time.plusDays(1).truncatedTo(ChronoUnit.DAYS);
            } else if (!hours.get(time.getHour())) {
                time = time.plusHours(1).truncatedTo(ChronoUnit.HOURS);
            } else if (!minutes.get(time.getMinute())) {
                time = time.plusMinutes(1);
            } else {
                return Optional.of(time.toInstant(ZoneOffset.UTC));
            }
        }
        return Optional.empty();
    }

    private boolean dayMatches(LocalDateTime time) {
        boolean dayOfMonth = daysOfMonth.get(time.getDayOfMonth());
        int sundayFirst = time.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : time.getDayOfWeek().getValue() + 1;
        boolean dayOfWeek = daysOfWeek.get(sundayFirst) || (sundayFirst == 1 && daysOfWeek.get(0));
        if (anyDayOfMonth) {
            return dayOfWeek;
        }
        return anyDayOfWeek ? dayOfMonth : dayOfMonth || dayOfWeek;
    }

    private static boolean isAny(String field) {
        return field.equals("*") || field.equals("?");
    }

    private static BitSet parse(String field, int min, int max, Map<String, Integer> names) {
        BitSet values = new BitSet(max + 1);
        for (String item : field.split(",")) {
            String[] stepped = item.split("/", -1);
            int step = stepped.length == 2 ? number(stepped[1], names) : 1;
            if (stepped.length > 2 || step < 1) {
                throw new IllegalArgumentException("`" + item + "` is not a cron value, range or step");
            }
            int[] range = range(stepped[0], min, max, names, stepped.length == 2);
            if (range[0] < min || range[1] > max || range[0] > range[1]) {
                throw new IllegalArgumentException("`" + item + "` is outside " + min + "-" + max);
            }
            for (int value = range[0]; value <= range[1]; value += step) {
                values.set(value);
            }
        }
        return values;
    }

    private static int[] range(String part, int min, int max, Map<String, Integer> names, boolean stepped) {
        if (isAny(part)) {
            return new int[] {min, max};
        }
        String[] bounds = part.split("-", -1);
        if (bounds.length == 2) {
            return new int[] {number(bounds[0], names), number(bounds[1], names)};
        }
        int value = number(part, names);
        return new int[] {value, stepped ? max : value};
    }

    private static int number(String text, Map<String, Integer> names) {
        Integer named = names.get(text.toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("`" + text + "` is not a number or a name Forte's cron reads"
                    + " (L, W and # are not supported)");
        }
    }

    private static Map<String, Integer> names(String... names) {
        Map<String, Integer> values = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            values.put(names[i], i + 1);
        }
        return Map.copyOf(values);
    }
}
