package dev.forte.server.internal.scalars;

import static dev.forte.server.internal.scalars.ScalarAssertions.parseLiteral;
import static dev.forte.server.internal.scalars.ScalarAssertions.parseVariable;
import static dev.forte.server.internal.scalars.ScalarAssertions.serialize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AwsTimestampTest {
    private static final GraphQLScalarType AWS_TIMESTAMP = AwsScalars.awsTimestamp();
    private static final BigInteger BEYOND_LONG = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);

    static Stream<Arguments> wholeNumberVariables() {
        return Stream.of(
                Arguments.of(0, 0L),
                Arguments.of(1764097599, 1764097599L),
                Arguments.of(1764097599L, 1764097599L),
                Arguments.of(-86400, -86400L),
                Arguments.of(Long.MAX_VALUE, Long.MAX_VALUE),
                Arguments.of(BigInteger.valueOf(Long.MIN_VALUE), Long.MIN_VALUE),
                Arguments.of(1.764097599E9, 1764097599L),
                Arguments.of(new BigDecimal("42.000"), 42L));
    }

    @ParameterizedTest
    @MethodSource("wholeNumberVariables")
    void parsesWholeNumberVariablesAsLong(Object variable, long seconds) {
        assertThat(parseVariable(AWS_TIMESTAMP, variable)).isEqualTo(seconds);
    }

    static Stream<Object> notWholeNumbers() {
        return Stream.of("1764097599", "2026-11-25T19:06:39Z", 1.5, Double.NaN, Double.POSITIVE_INFINITY, true,
                BEYOND_LONG, new BigDecimal("1E+30"));
    }

    @ParameterizedTest
    @MethodSource("notWholeNumbers")
    void rejectsVariablesThatAreNotWholeNumbers(Object variable) {
        assertThatThrownBy(() -> parseVariable(AWS_TIMESTAMP, variable))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessage("Unable to parse `" + variable + "` as a valid AWSTimestamp: expected an integer number"
                        + " of seconds since 1970-01-01T00:00Z, such as 1764097599.");
    }

    @Test
    void parsesIntegerLiteralsAsLong() {
        assertThat(parseLiteral(AWS_TIMESTAMP, new IntValue(BigInteger.valueOf(1764097599L))))
                .isEqualTo(1764097599L);
        assertThat(parseLiteral(AWS_TIMESTAMP, new IntValue(BigInteger.valueOf(-1)))).isEqualTo(-1L);
    }

    static Stream<Arguments> notIntegerLiterals() {
        return Stream.of(
                Arguments.of(new FloatValue(new BigDecimal("1.5")), "1.5"),
                Arguments.of(StringValue.of("1764097599"), "\"1764097599\""),
                Arguments.of(BooleanValue.of(true), "true"),
                Arguments.of(new IntValue(BEYOND_LONG), BEYOND_LONG.toString()));
    }

    @ParameterizedTest
    @MethodSource("notIntegerLiterals")
    void rejectsLiteralsThatAreNotLongIntegers(Value<?> literal, String shown) {
        assertThatThrownBy(() -> parseLiteral(AWS_TIMESTAMP, literal))
                .isInstanceOf(CoercingParseLiteralException.class)
                .hasMessageStartingWith("Unable to parse `" + shown + "` as a valid AWSTimestamp");
    }

    @Test
    void serializesNumbersNumericTextAndInstantsAsEpochSeconds() {
        assertThat(serialize(AWS_TIMESTAMP, 1764097599)).isEqualTo(1764097599L);
        assertThat(serialize(AWS_TIMESTAMP, "1764097599")).isEqualTo(1764097599L);
        assertThat(serialize(AWS_TIMESTAMP, Instant.ofEpochSecond(1764097599, 500))).isEqualTo(1764097599L);
        assertThat(serialize(AWS_TIMESTAMP, OffsetDateTime.parse("1970-01-02T00:00Z"))).isEqualTo(86400L);
    }

    @Test
    void refusesToSerializeAnythingElse() {
        assertThatThrownBy(() -> serialize(AWS_TIMESTAMP, "soon"))
                .isInstanceOf(CoercingSerializeException.class)
                .hasMessageStartingWith("Unable to serialize `soon` as a valid AWSTimestamp");
    }

    @Test
    void turnsValuesIntoIntegerLiterals() {
        Value<?> literal = AWS_TIMESTAMP.getCoercing().valueToLiteral(42L, GraphQLContext.getDefault(), Locale.ROOT);

        assertThat(literal).isInstanceOfSatisfying(IntValue.class,
                value -> assertThat(value.getValue()).isEqualTo(BigInteger.valueOf(42)));
    }
}
