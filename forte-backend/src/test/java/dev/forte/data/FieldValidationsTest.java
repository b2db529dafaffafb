package dev.forte.data;

import static dev.forte.data.a.customType;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.schema.FieldValidation;
import dev.forte.schema.ValidationType;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@code .validate(...)} records Amplify's rules and refuses what Amplify's validate transformer refuses, in its
 * words (prefixed with the model and field, followed by the fix), plus the rules Amplify accepts but cannot serve.
 */
class FieldValidationsTest {

    private static void assertRejected(ThrowingCallable build, String message) {
        assertThatThrownBy(build).isExactlyInstanceOf(SchemaException.class).hasMessage(message);
    }

    private static List<FieldValidation> rulesOf(FieldDefinition definition) {
        return a.schema(model("Item", a.model(field("f", definition))))
                .authorization(allow -> List.of(allow.publicApiKey()))
                .toDataSchema().models().get(0).fields().get(0).validations();
    }

    private static void build(FieldDefinition definition) {
        a.schema(model("Item", a.model(field("f", definition))));
    }

    @Test
    void recordsRulesInOrderWithNumbersAsJavaScriptPrintsThem() {
        var rules = rulesOf(a.float_().validate(v -> v.gt(0).lt(1e21, "Too big").gte(-2.5).lte(1e-7)));

        assertThat(rules).extracting(FieldValidation::type)
                .containsExactly(ValidationType.GT, ValidationType.LT, ValidationType.GTE, ValidationType.LTE);
        assertThat(rules).extracting(FieldValidation::directiveValue).containsExactly("0", "1e+21", "-2.5", "1e-7");
        assertThat(rules).extracting(FieldValidation::errorMessage).containsExactly(null, "Too big", null, null);
    }

    @Test
    void positiveAndNegativeAreGreaterAndLessThanZero() {
        var rules = rulesOf(a.integer().validate(v -> v.positive("Must be positive")));
        var negative = rulesOf(a.integer().validate(v -> v.negative()));

        assertThat(rules).containsExactly(new FieldValidation(ValidationType.GT, "0", "0", "Must be positive"));
        assertThat(negative).containsExactly(new FieldValidation(ValidationType.LT, "0", "0", null));
    }

    @Test
    void readsStringValuesAsTheTransformerReadsTheUnescapedDirective() {
        var rules = rulesOf(a.string().validate(v -> v.matches("^[a-z]+\\\\d$").startsWith("it's")));

        assertThat(rules).extracting(FieldValidation::directiveValue).containsExactly("^[a-z]+\\\\d$", "it's");
        assertThat(rules).extracting(FieldValidation::value).containsExactly("^[a-z]+\\d$", "it's");
    }

    @Test
    void anEmptyMessageMeansTheDefaultMessage() {
        assertThat(rulesOf(a.string().validate(v -> v.minLength(1, "")))).extracting(FieldValidation::errorMessage)
                .containsOnlyNulls();
    }

    @Test
    void rejectsNumericRuleOnStringInTheTransformersWords() {
        assertRejected(() -> build(a.string().validate(v -> v.gt(0))),
                "Model `Item` field `f`: Validation type 'gt' can only be used with numeric fields (Int, Float)."
                        + " Field 'f' is of type 'String'. Use minLength, maxLength, startsWith, endsWith or matches"
                        + " here.");
    }

    @Test
    void rejectsStringRuleOnNumberInTheTransformersWords() {
        assertRejected(() -> build(a.integer().validate(v -> v.minLength(2))),
                "Model `Item` field `f`: Validation type 'minLength' can only be used with 'String' fields. Field 'f'"
                        + " is of type 'Int'. Use gt, lt, gte, lte, positive or negative here.");
    }

    @Test
    void rejectsRulesOnOtherScalarsInTheTransformersWords() {
        assertRejected(() -> build(a.email().validate(v -> v.maxLength(50))),
                "Model `Item` field `f`: Validation type 'maxLength' can only be used with 'String' fields. Field 'f'"
                        + " is of type 'AWSEmail'. Declare it `a.string()` to validate it, or remove the rule.");
        assertRejected(() -> build(a.id().validate(v -> v.lt(5))),
                "Model `Item` field `f`: Validation type 'lt' can only be used with numeric fields (Int, Float)."
                        + " Field 'f' is of type 'ID'. Remove the rule.");
    }

    @Test
    void rejectsNegativeLengthInTheTransformersWords() {
        assertRejected(() -> build(a.string().validate(v -> v.minLength(-1))),
                "Model `Item` field `f`: minLength value must be a non-negative integer. Received '-1' for field 'f'."
                        + " Pass a length of 0 or more.");
    }

    @Test
    void rejectsTheSameKindTwiceInTheTransformersWords() {
        assertRejected(() -> build(a.integer().validate(v -> v.gt(1).positive())),
                "Model `Item` field `f`: Duplicate @validate directive with type 'gt' on field 'f'. Each validation"
                        + " type can only be used once per field. Keep one (`positive()` is `gt(0)`, `negative()` is"
                        + " `lt(0)`).");
    }

    @Test
    void rejectsNotANumberInTheTransformersWordsAndInfinity() {
        assertRejected(() -> build(a.float_().validate(v -> v.lte(Double.NaN))),
                "Model `Item` field `f`: lte value must be a number. Received 'NaN' for field 'f'. Pass a finite"
                        + " number.");
        assertRejected(() -> build(a.float_().validate(v -> v.gt(Double.NEGATIVE_INFINITY))),
                "Model `Item` field `f`: gt value must be a finite number. Received '-Infinity' for field 'f' (Amplify"
                        + " writes it into the resolver, where it is no number). Leave the bound out instead.");
    }

    @Test
    void rejectsRulesOnCustomTypeFieldsInTheTransformersWords() {
        assertRejected(() -> a.schema(customType("Range", a.customType(field("from", a.integer()
                                .validate(v -> v.gt(0))))), model("Item", a.model(field("range", a.ref("Range"))))),
                "Custom type `Range` field `from`: @validate directive can only be used on fields within @model types."
                        + " Remove `.validate(...)`, or check the value in the function that takes it.");
    }

    @Test
    void rejectsRulesOnArgumentsInGraphqlsWords() {
        assertRejected(() -> a.schema(model("Item", a.model(field("f", a.string()))),
                        query("echo", a.query().arguments(field("n", a.integer().validate(v -> v.gt(0))))
                                .returns(a.string()).handler(a.handler.function(() -> "echo"))
                                .authorization(allow -> List.of(allow.publicApiKey())))),
                "Custom operation `echo` field `n`: Directive \"@validate\" may not be used on ARGUMENT_DEFINITION."
                        + " Remove `.validate(...)` and check the argument in the operation's function.");
    }

    @Test
    void rejectsRulesOnIdentifierFieldsWhichAmplifyDropsSilently() {
        assertRejected(() -> a.schema(model("Item", a.model(
                        field("sku", a.string().required().validate(v -> v.minLength(3))), field("f", a.string()))
                        .identifier("sku"))),
                "Model `Item` field `sku`: the field is part of the identifier, and Amplify drops `.validate(...)` on"
                        + " identifier fields (its schema has no @validate there). Remove `.validate(...)`, or check"
                        + " the key where it is made.");
    }

    @Test
    void rejectsValuesTheTransformerCannotParse() {
        assertRejected(() -> build(a.string().validate(v -> v.matches("^\\d+$"))),
                "Model `Item` field `f`: `^\\d+$` cannot be a @validate value. Amplify writes it unescaped into"
                        + " `@validate(value: \"…\")`, which the transformer then refuses: Syntax Error: Invalid"
                        + " character escape sequence: \\d. Escape it as in a GraphQL string: a backslash as `\\\\`"
                        + " (`\\\\\\\\` in Java source), a quote as `\\\"`.");
        assertThatThrownBy(() -> build(a.string().validate(v -> v.startsWith("a\"b"))))
                .hasMessageContaining("Syntax Error: Unterminated string.");
    }

    @Test
    void rejectsAnInvalidPatternWhichAmplifyOnlyFailsAtRunTime() {
        assertRejected(() -> build(a.string().validate(v -> v.matches("[a-"))),
                "Model `Item` field `f`: `[a-` is not a valid regular expression (Illegal character range near index"
                        + " 3). AppSync would fail every create and update that sets the field; fix the pattern.");
    }

    @Test
    void rejectsABackspaceWhereAWordBoundaryWasMeant() {
        assertRejected(() -> build(a.string().validate(v -> v.matches("\\bword"))),
                "Model `Item` field `f`: the pattern holds `\\b`, which a GraphQL string reads as a backspace, not a"
                        + " word boundary. Write `\\\\b` (`\\\\\\\\b` in Java source).");
    }

    @Test
    void aValidatedFieldCanStillBeRequiredAndTakeRules() {
        var field = a.schema(model("Item", a.model(field("f", a.integer().default_(5).validate(v -> v.gte(1))
                .required().authorization(allow -> List.of(allow.owner()))))))
                .authorization(allow -> List.of(allow.publicApiKey())).toDataSchema().models().get(0).fields().get(0);

        assertThat(field.required()).isTrue();
        assertThat(field.defaultValue()).isEqualTo("5");
        assertThat(field.validations()).hasSize(1);
        assertThat(field.authorization()).hasSize(1);
    }
}
