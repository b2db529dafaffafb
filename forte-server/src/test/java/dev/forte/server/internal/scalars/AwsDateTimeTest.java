package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.assertAcceptsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.assertRejectsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.parseVariable;
import static dev.forte.server.internal.scalars.ScalarAssertions.serialize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsDateTimeTest {
    private static final GraphQLScalarType AWS_DATE_TIME = AwsScalars.awsDateTime();

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-25T19:06:39.396Z", "1970-01-01T00:00Z", "1970-01-01T12:00:00.2Z", "1970-01-01T12:00:00.123456789Z",
        "2020-01-01T00:00+00:00", "2026-11-25T19:06:39-07:00", "2026-11-25T19:06:39.396+05:30:15",
        "-2017-01-01T00:00Z", "2024-02-29T23:59:59Z"
    })
    void keepsIsoDateTimesWithOffsetVerbatim(String dateTime) {
        assertAcceptsString(AWS_DATE_TIME, dateTime);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "tomorrow", "2019", "2026-11-25", "2026-11-25T19:06:39", "2026-11-25T19:06:39.396",
        "2026-11-25 19:06:39Z", "2026-11-25t19:06:39z", "2026-11-25T19:06:39.Z", "2026-11-25T19:6:39Z",
        "2020-05-23T06:4:37.000Z", "2026-02-30T00:00Z", "2026-11-25T24:00Z", "2026-11-25T19:06:39+0530",
        "2026-11-25T19:06:39+19:00", "2026-11-25T19:06:39.1234567890Z", "1764097599"
    })
    void rejectsAnythingElseIncludingMissingOffsets(String notADateTime) {
        assertRejectsString(AWS_DATE_TIME, notADateTime);
    }

    @Test
    void explainsTheExpectedFormatInTheError() {
        assertThatThrownBy(() -> parseVariable(AWS_DATE_TIME, "tomorrow"))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessage("Unable to parse `tomorrow` as a valid AWSDateTime: expected an extended ISO 8601"
                        + " date-time with a time-zone offset, such as 2026-11-25T19:06:39.396Z.");
    }

    @Test
    void rejectsNonStringVariables() {
        assertThatThrownBy(() -> parseVariable(AWS_DATE_TIME, 1764097599))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessageStartingWith("Unable to parse `1764097599` as a valid AWSDateTime");
    }

    @Test
    void serializesJavaTimeResultsAsIsoText() {
        assertThat(serialize(AWS_DATE_TIME, Instant.parse("2026-11-25T19:06:39.396Z")))
                .isEqualTo("2026-11-25T19:06:39.396Z");
        assertThat(serialize(AWS_DATE_TIME, OffsetDateTime.of(2026, 11, 25, 19, 6, 39, 0, ZoneOffset.ofHours(-7))))
                .isEqualTo("2026-11-25T19:06:39-07:00");
        assertThat(serialize(AWS_DATE_TIME, ZonedDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneId.of("Europe/Paris"))))
                .isEqualTo("2026-01-05T08:00+01:00");
    }

    @Test
    void refusesToSerializeOtherObjects() {
        assertThatThrownBy(() -> serialize(AWS_DATE_TIME, 42))
                .isInstanceOf(CoercingSerializeException.class)
                .hasMessageStartingWith("Unable to serialize `42` as a valid AWSDateTime");
    }
}
