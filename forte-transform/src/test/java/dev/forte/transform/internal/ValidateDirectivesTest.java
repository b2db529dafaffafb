package dev.forte.transform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.schema.Field;
import dev.forte.schema.FieldValidation;
import dev.forte.schema.Scalar;
import dev.forte.schema.ValidationType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @validate} as data-schema writes it: values as given, messages as {@code JSON.stringify} writes them. */
class ValidateDirectivesTest {

    @Test
    void writesTheValueUnescapedAndTheMessageAsJsonStringifyDoes() {
        Field field = new Field("code", Scalar.STRING, false, false, false, null, List.of(), List.of(
                new FieldValidation(ValidationType.MATCHES, "^a\\\\d$", "^a\\d$", "Say \"hi\"\n\tto\u0001 'x' é"),
                new FieldValidation(ValidationType.MIN_LENGTH, "2", "2", null)));

        assertThat(ValidateDirectives.of(field)).isEqualTo(" @validate(type: matches, value: \"^a\\\\d$\","
                + " errorMessage: \"Say \\\"hi\\\"\\n\\tto\\u0001 'x' é\") @validate(type: minLength, value: \"2\")");
    }

    @Test
    void escapesLoneSurrogatesAsWellFormedJsonStringifyDoes() {
        assertThat(ValidateDirectives.jsonString("a\ud800b😀")).isEqualTo("\"a\\ud800b😀\"");
    }
}
