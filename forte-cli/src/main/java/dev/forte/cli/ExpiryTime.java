package dev.forte.cli;

import dev.forte.cli.internal.CliException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads {@code --expires}: epoch seconds, as AppSync's {@code expires}, or an ISO date or date-time (UTC unless it says). */
final class ExpiryTime {
    private ExpiryTime() {}

    static Instant parse(String text) {
        String value = text.strip();
        if (value.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // read below as a local date-time or a date
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notDateTime) {
            // read below as a date
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new CliException("--expires " + text + " is neither epoch seconds nor an ISO date or time: give "
                    + "e.g. 1798761600, 2027-01-31 or 2027-01-31T18:00:00Z.");
        }
    }
}
