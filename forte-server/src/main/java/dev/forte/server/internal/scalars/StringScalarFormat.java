package dev.forte.server.internal.scalars;

import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What one string-valued AWS scalar accepts.
 *
 * @param name the scalar's name, such as {@code AWSDate}
 * @param description the scalar's description in introspection
 * @param expectation what a valid value looks like, with an example, for error messages
 * @param syntax whether a string is a valid value
 * @param outputText the text for a resolver result that is not a string (such as a {@code LocalDate}), or null if
 *     the scalar cannot represent it
 */
record StringScalarFormat(
        String name,
        String description,
        String expectation,
        Predicate<String> syntax,
        Function<Object, @Nullable String> outputText) {

    static StringScalarFormat of(String name, String description, String expectation, Predicate<String> syntax) {
        return new StringScalarFormat(name, description, expectation, syntax, result -> null);
    }

    StringScalarFormat withOutputText(Function<Object, @Nullable String> converter) {
        return new StringScalarFormat(name, description, expectation, syntax, converter);
    }

    boolean accepts(String value) {
        return syntax.test(value);
    }
}
