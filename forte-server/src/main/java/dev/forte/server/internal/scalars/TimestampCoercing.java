package dev.forte.server.internal.scalars;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * Coerces {@code AWSTimestamp}: whole seconds before or after 1970-01-01T00:00Z, as a {@link Long}. Like
 * graphql-java's {@code Int}, inputs must be numbers (not numeric strings); outputs may also be numeric strings or
 * {@code java.time} instants.
 */
final class TimestampCoercing implements Coercing<Long, Long> {
    static final String NAME = "AWSTimestamp";
    static final String EXPECTATION = "an integer number of seconds since 1970-01-01T00:00Z, such as 1764097599";

    @Override
    public Long parseValue(Object input, GraphQLContext context, Locale locale) {
        return wholeSeconds(input).orElseThrow(() -> new CoercingParseValueException(
                CoercionMessages.unableToParse(String.valueOf(input), NAME, EXPECTATION)));
    }

    @Override
    public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        Optional<Long> seconds = input instanceof IntValue literal ? longValue(literal.getValue()) : Optional.empty();
        return seconds.orElseThrow(() -> new CoercingParseLiteralException(
                CoercionMessages.unableToParse(AstPrinter.printAst(input), NAME, EXPECTATION)));
    }

    @Override
    public Long serialize(Object result, GraphQLContext context, Locale locale) {
        return wholeSeconds(result)
                .or(() -> numericText(result))
                .or(() -> epochSeconds(result))
                .orElseThrow(() -> new CoercingSerializeException(
                        CoercionMessages.unableToSerialize(String.valueOf(result), NAME, EXPECTATION)));
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return new IntValue(BigInteger.valueOf(serialize(input, context, locale)));
    }

    private static Optional<Long> wholeSeconds(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger integer) {
            return longValue(integer);
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? integralValue(BigDecimal.valueOf(number)) : Optional.empty();
        }
        if (value instanceof BigDecimal decimal) {
            return integralValue(decimal);
        }
        return Optional.empty();
    }

    private static Optional<Long> numericText(Object value) {
        if (!(value instanceof String text) || !text.matches("-?\\d{1,19}")) {
            return Optional.empty();
        }
        return longValue(new BigInteger(text));
    }

    private static Optional<Long> epochSeconds(Object value) {
        if (value instanceof Instant instant) {
            return Optional.of(instant.getEpochSecond());
        }
        if (value instanceof OffsetDateTime dateTime) {
            return Optional.of(dateTime.toEpochSecond());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return Optional.of(dateTime.toEpochSecond());
        }
        return Optional.empty();
    }

    private static Optional<Long> integralValue(BigDecimal number) {
        try {
            return Optional.of(number.longValueExact());
        } catch (ArithmeticException notAWholeLong) {
            return Optional.empty();
        }
    }

    private static Optional<Long> longValue(BigInteger number) {
        return number.bitLength() < Long.SIZE ? Optional.of(number.longValue()) : Optional.empty();
    }
}
