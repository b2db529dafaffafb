package dev.forte.server.internal.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.schema.Field;
import dev.forte.schema.FieldValidation;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import dev.forte.schema.ValidationType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules of a model's fields, checked as the validate transformer's templates check them. */
class ModelValidationsTest {

    private static Model model(Field... fields) {
        return new Model("Product", List.of(fields), List.of("id"), List.of(), Set.of(), List.of());
    }

    private static Field field(String name, Scalar type, FieldValidation... rules) {
        return new Field(name, type, false, false, false, null, List.of(), List.of(rules));
    }

    private static FieldValidation rule(ValidationType type, String value) {
        return new FieldValidation(type, value, value, null);
    }

    @Test
    void defaultMessagesAreTheTransformers() {
        Model model = model(field("price", Scalar.FLOAT));
        Field price = model.fields().get(0);

        assertThat(List.of(ValidationType.values()).stream()
                .map(type -> ModelValidations.message(model, price, rule(type, "7"))).toList())
                .containsExactly(
                        "Field price of type Product must be greater than 7",
                        "Field price of type Product must be less than 7",
                        "Field price of type Product must be greater than or equal to 7",
                        "Field price of type Product must be less than or equal to 7",
                        "Field price of type Product must have a minimum length of 7",
                        "Field price of type Product must have a maximum length of 7",
                        "Field price of type Product must start with 7",
                        "Field price of type Product must end with 7",
                        "Field price of type Product must match 7");
    }

    @Test
    void comparesIntegersWithDecimalBoundsExactly() {
        ModelValidations validations = ModelValidations.of(model(field("n", Scalar.INT, rule(ValidationType.GT, "0.5"),
                rule(ValidationType.LTE, "1e+21"))));

        validations.require(Map.of("n", 1));
        assertThatThrownBy(() -> validations.require(Map.of("n", 0))).isInstanceOf(ResolverException.class)
                .hasMessage("Field n of type Product must be greater than 0.5");
    }

    @Test
    void lengthCountsUtf16UnitsAsJavaAndAppSyncDo() {
        ModelValidations validations = ModelValidations.of(model(field("s", Scalar.STRING,
                rule(ValidationType.MAX_LENGTH, "1"))));

        validations.require(Map.of("s", "é"));
        assertThatThrownBy(() -> validations.require(Map.of("s", "😀"))).isInstanceOf(ResolverException.class);
    }

    @Test
    void matchesTheWholeValueAsUtilMatchesDoes() {
        ModelValidations validations = ModelValidations.of(model(field("s", Scalar.STRING,
                rule(ValidationType.MATCHES, "[a-z]+"))));

        validations.require(Map.of("s", "abc"));
        assertThatThrownBy(() -> validations.require(Map.of("s", "abc1"))).isInstanceOf(ResolverException.class);
    }

    /** Java 9+ remembers failed positions of {@code (a+)+b}; a bounded repetition still backtracks exponentially. */
    @Test
    void aPatternThatBacktracksWithoutEndIsRefusedOnceItsReadsAreSpent() {
        BoundedMatch match = BoundedMatch.of(Pattern.compile("(a{1,2}){1,60}b"));

        assertThat(match.test("a".repeat(50))).isFalse();
        assertThat(match.test("a".repeat(50) + "b")).isTrue();
    }
}
