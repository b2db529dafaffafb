package dev.forte.backend.internal;

import dev.forte.backend.BackendException;
import dev.forte.backend.FunctionSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code defineFunction}'s {@code schedule} strings the way Amplify's schedule parser reads them. */
final class ScheduleParser {
    private static final Pattern RATE = Pattern.compile("every (\\S*)([mh])");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern CRON_FIELD = Pattern.compile("[0-9A-Za-z*?/,#-]+");
    private static final Map<String, String> NATURAL = Map.of(
            "every day", "0 0 * * *",
            "every week", "0 0 * * 0",
            "every month", "0 0 1 * *",
            "every year", "0 0 1 1 *");

    private final String function;
    private final int timeoutSeconds;

    ScheduleParser(String function, int timeoutSeconds) {
        this.function = function;
        this.timeoutSeconds = timeoutSeconds;
    }

    FunctionSchedule parse(String expression) {
        String natural = NATURAL.get(expression);
        if (natural != null) {
            return new FunctionSchedule.Cron(expression, List.of(natural.split(" ")));
        }
        Matcher rate = RATE.matcher(expression);
        return rate.matches() ? rate(expression, rate.group(1), rate.group(2)) : cron(expression);
    }

    private FunctionSchedule rate(String expression, String amount, String unit) {
        if (!WHOLE_NUMBER.matcher(amount).matches() || amount.chars().allMatch(c -> c == '0')) {
            throw failure("Function schedule rate must be set with a positive whole number", expression,
                    "Write it as `every 5m` or `every 2h`");
        }
        Duration interval = unit.equals("m") ? Duration.ofMinutes(Long.parseLong(amount))
                : Duration.ofHours(Long.parseLong(amount));
        if (interval.toSeconds() <= timeoutSeconds) {
            throw failure("Function schedule rate must be greater than the function timeout of " + timeoutSeconds
                    + " seconds", expression, "Run it less often or lower timeoutSeconds");
        }
        return new FunctionSchedule.Rate(expression, interval);
    }

    private FunctionSchedule cron(String expression) {
        List<String> fields = List.of(expression.trim().split("\\s+"));
        boolean valid = (fields.size() == 5 || fields.size() == 6)
                && fields.stream().allMatch(field -> CRON_FIELD.matcher(field).matches());
        if (!valid) {
            throw new BackendException("Schedule `" + expression + "` of function `" + function + "` is not valid."
                    + " Use `every <n>m`, `every <n>h`, `every day|week|month|year` or a cron expression of 5 or"
                    + " 6 fields, e.g. `0 9 * * 1`.");
        }
        return new FunctionSchedule.Cron(expression, fields);
    }

    private BackendException failure(String amplifyMessage, String expression, String fix) {
        return new BackendException(amplifyMessage + " (function `" + function + "`, schedule `" + expression
                + "`). " + fix + ".");
    }
}
