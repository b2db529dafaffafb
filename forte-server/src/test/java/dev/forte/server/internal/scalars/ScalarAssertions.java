package dev.forte.server.internal.scalars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;

/** Drives a scalar's coercing the way graphql-java does for variables, inline literals and results. */
final class ScalarAssertions {
    private ScalarAssertions() {}

    static Object parseVariable(GraphQLScalarType scalar, Object input) {
        return scalar.getCoercing().parseValue(input, GraphQLContext.getDefault(), Locale.ROOT);
    }

    static Object parseLiteral(GraphQLScalarType scalar, Value<?> literal) {
        return scalar.getCoercing()
                .parseLiteral(literal, CoercedVariables.emptyVariables(), GraphQLContext.getDefault(), Locale.ROOT);
    }

    static Object serialize(GraphQLScalarType scalar, Object result) {
        return scalar.getCoercing().serialize(result, GraphQLContext.getDefault(), Locale.ROOT);
    }

    /** Asserts that a string is kept verbatim as a variable, as a literal and as a result. */
    static void assertAcceptsString(GraphQLScalarType scalar, String value) {
        assertThat(parseVariable(scalar, value)).isEqualTo(value);
        assertThat(parseLiteral(scalar, StringValue.of(value))).isEqualTo(value);
        assertThat(serialize(scalar, value)).isEqualTo(value);
    }

    /** Asserts that a string is rejected as a variable, as a literal and as a result, naming scalar and value. */
    static void assertRejectsString(GraphQLScalarType scalar, String value) {
        String parseMessage = "Unable to parse `" + value + "` as a valid " + scalar.getName() + ": expected ";
        assertThatThrownBy(() -> parseVariable(scalar, value))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessageStartingWith(parseMessage);
        assertThatThrownBy(() -> parseLiteral(scalar, StringValue.of(value)))
                .isInstanceOf(CoercingParseLiteralException.class)
                .hasMessageStartingWith(parseMessage);
        assertThatThrownBy(() -> serialize(scalar, value))
                .isInstanceOf(CoercingSerializeException.class)
                .hasMessageStartingWith("Unable to serialize `" + value + "` as a valid " + scalar.getName());
    }
}
