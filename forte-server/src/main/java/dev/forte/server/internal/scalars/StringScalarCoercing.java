package dev.forte.server.internal.scalars;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Coerces a string-valued AWS scalar. Inputs and outputs stay the exact string the client sent, as AppSync stores
 * them; a value that breaks the scalar's syntax is rejected on input and on output.
 */
final class StringScalarCoercing implements Coercing<String, String> {
    private final StringScalarFormat format;

    StringScalarCoercing(StringScalarFormat format) {
        this.format = format;
    }

    @Override
    public String parseValue(Object input, GraphQLContext context, Locale locale) {
        if (input instanceof String text && format.accepts(text)) {
            return text;
        }
        throw new CoercingParseValueException(parseError(String.valueOf(input)));
    }

    @Override
    public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (input instanceof StringValue literal && format.accepts(literal.getValue())) {
            return literal.getValue();
        }
        throw new CoercingParseLiteralException(parseError(shownLiteral(input)));
    }

    @Override
    public String serialize(Object result, GraphQLContext context, Locale locale) {
        String text = outputText(result);
        if (text != null && format.accepts(text)) {
            return text;
        }
        throw new CoercingSerializeException(CoercionMessages.unableToSerialize(
                String.valueOf(text != null ? text : result), format.name(), format.expectation()));
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(input, context, locale));
    }

    private @Nullable String outputText(Object result) {
        return result instanceof String text ? text : format.outputText().apply(result);
    }

    private String parseError(String shownValue) {
        return CoercionMessages.unableToParse(shownValue, format.name(), format.expectation());
    }

    private static String shownLiteral(Value<?> input) {
        return input instanceof StringValue literal ? literal.getValue() : AstPrinter.printAst(input);
    }
}
