package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.assertAcceptsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.assertRejectsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.serialize;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsDateTest {
    private static final GraphQLScalarType AWS_DATE = AwsScalars.awsDate();

    @ParameterizedTest
    @ValueSource(strings = {
        "1970-01-01", "2026-11-25", "2024-02-29", "0000-01-01", "-2017-05-01", "-9999-01-01",
        "1970-01-01Z", "1970-01-01-07:00", "1970-01-01+05:30", "1970-01-01+05:30:15", "1970-01-01-00:00"
    })
    void keepsIsoDatesWithOptionalOffsetVerbatim(String date) {
        assertAcceptsString(AWS_DATE, date);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "tomorrow", "2026-1-01", "2026-01-1", "26-01-01", "20260101", "2026/01/01", "2026-13-01",
        "2026-00-10", "2026-02-30", "2025-02-29", "2026-01-32", "2026-01-01T00:00Z", "2026-01-01z",
        "2026-01-01+5:30", "2026-01-01+05", "2026-01-01+0530", "2026-01-01+19:00", "2026-01-01+05:60",
        " 2026-01-01", "2026-01-01 ", "+2026-01-01", "12026-01-01"
    })
    void rejectsAnythingElse(String notADate) {
        assertRejectsString(AWS_DATE, notADate);
    }

    @Test
    void serializesLocalDateResultsAsIsoText() {
        assertThat(serialize(AWS_DATE, LocalDate.of(2026, 11, 25))).isEqualTo("2026-11-25");
    }
}
