package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.assertAcceptsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.assertRejectsString;
import static dev.forte.server.internal.scalars.ScalarAssertions.serialize;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLScalarType;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsTimeTest {
    private static final GraphQLScalarType AWS_TIME = AwsScalars.awsTime();

    @ParameterizedTest
    @ValueSource(strings = {
        "12:30", "00:00", "23:59:59", "12:30:24", "12:30:24.5", "12:30:24.500", "12:30:24.123456789",
        "12:30Z", "12:30:24-07:00", "12:30:24.500+05:30", "12:30:24+05:30:15"
    })
    void keepsIsoTimesWithOptionalSecondsFractionAndOffsetVerbatim(String time) {
        assertAcceptsString(AWS_TIME, time);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "noon", "12", "1:30", "12:3", "24:00", "12:60", "12:30:60", "12:30.5", "12:30:24.",
        "12:30:24.1234567890", "12:30:24,5", "12:30z", "12:30+5:30", "12:30 Z", "T12:30", "123000"
    })
    void rejectsAnythingElse(String notATime) {
        assertRejectsString(AWS_TIME, notATime);
    }

    @Test
    void serializesJavaTimeResultsAsIsoText() {
        assertThat(serialize(AWS_TIME, LocalTime.of(19, 6, 39))).isEqualTo("19:06:39");
        assertThat(serialize(AWS_TIME, OffsetTime.of(19, 6, 0, 0, ZoneOffset.ofHours(2)))).isEqualTo("19:06+02:00");
    }
}
