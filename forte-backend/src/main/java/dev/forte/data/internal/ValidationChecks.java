package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.data.internal.TypeShape.ScalarShape;
import dev.forte.schema.FieldValidation;
import dev.forte.schema.Scalar;
import dev.forte.schema.ValidationType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a field's {@code .validate(...)} rules as Amplify's validate transformer does (its messages, prefixed with
 * the model and field, followed by the fix), and refuses a few rules Amplify accepts but cannot serve: a value the
 * transformer cannot parse, an invalid or non-finite bound, an invalid regular expression, and rules on an identifier
 * field, which data-schema drops without a word.
 */
final class ValidationChecks {
    private ValidationChecks() {}

    /** Returns the checked rules of {@code field}, declared on {@code owner}. */
    static List<FieldValidation> check(Owner owner, String field, FieldShape shape) {
        if (shape.validations().isEmpty()) {
            return List.of();
        }
        String where = owner.describeField(field);
        if (owner.isOperation()) {
            throw new SchemaException(where + ": Directive \"@validate\" may not be used on ARGUMENT_DEFINITION."
                    + " Remove `.validate(...)` and check the argument in the operation's function.");
        }
        if (!owner.isModel()) {
            throw new SchemaException(where + ": @validate directive can only be used on fields within @model types."
                    + " Remove `.validate(...)`, or check the value in the function that takes it.");
        }
        Scalar scalar = ((ScalarShape) shape.type()).scalar();
        Set<ValidationType> seen = EnumSet.noneOf(ValidationType.class);
        List<FieldValidation> rules = new ArrayList<>();
        for (ValidationShape rule : shape.validations()) {
            if (!seen.add(rule.type())) {
                throw new SchemaException(where + ": Duplicate @validate directive with type '"
                        + rule.type().directiveName() + "' on field '" + field + "'. Each validation type can only be"
                        + " used once per field. Keep one (`positive()` is `gt(0)`, `negative()` is `lt(0)`).");
            }
            rules.add(checked(where, field, scalar, rule));
        }
        return List.copyOf(rules);
    }

    /** Refuses rules on an identifier field, which Amplify's data-schema leaves out of the schema silently. */
    static void requireNoneOnIdentifier(String model, String field, List<FieldValidation> rules) {
        if (!rules.isEmpty()) {
            throw new SchemaException("Model `" + model + "` field `" + field + "`: the field is part of the"
                    + " identifier, and Amplify drops `.validate(...)` on identifier fields (its schema has no"
                    + " @validate there). Remove `.validate(...)`, or check the key where it is made.");
        }
    }

    private static FieldValidation checked(String where, String field, Scalar scalar, ValidationShape rule) {
        ValidationType type = rule.type();
        requireCompatible(where, field, scalar, type);
        String value = read(where, rule.directiveValue());
        if (type.isNumeric()) {
            requireNumber(where, field, rule);
        } else if (type == ValidationType.MATCHES) {
            requirePattern(where, value);
        }
        if (type.isLength() && Integer.parseInt(value) < 0) {
            throw new SchemaException(where + ": " + type.directiveName() + " value must be a non-negative"
                    + " integer. Received '" + value + "' for field '" + field + "'. Pass a length of 0 or more.");
        }
        return new FieldValidation(type, rule.directiveValue(), value, rule.errorMessage());
    }

    private static void requireCompatible(String where, String field, Scalar scalar, ValidationType type) {
        String base = scalar.graphqlName();
        if (type.isNumeric() && scalar != Scalar.INT && scalar != Scalar.FLOAT) {
            throw new SchemaException(where + ": Validation type '" + type.directiveName() + "' can only be used with"
                    + " numeric fields (Int, Float). Field '" + field + "' is of type '" + base + "'. "
                    + (scalar == Scalar.STRING ? "Use minLength, maxLength, startsWith, endsWith or matches here."
                            : "Remove the rule."));
        }
        if (!type.isNumeric() && scalar != Scalar.STRING) {
            throw new SchemaException(where + ": Validation type '" + type.directiveName() + "' can only be used with"
                    + " 'String' fields. Field '" + field + "' is of type '" + base + "'. "
                    + (scalar == Scalar.INT || scalar == Scalar.FLOAT ? "Use gt, lt, gte, lte, positive or negative"
                            + " here." : "Declare it `a.string()` to validate it, or remove the rule."));
        }
    }

    private static String read(String where, String directiveValue) {
        try {
            return GraphqlStringBody.read(directiveValue);
        } catch (IllegalArgumentException e) {
            throw new SchemaException(where + ": `" + directiveValue + "` cannot be a @validate value. Amplify writes"
                    + " it unescaped into `@validate(value: \"…\")`, which the transformer then refuses: "
                    + e.getMessage() + " Escape it as in a GraphQL string: a backslash as `\\\\` (`\\\\\\\\` in Java"
                    + " source), a quote as `\\\"`.");
        }
    }

    private static void requireNumber(String where, String field, ValidationShape rule) {
        String value = rule.directiveValue();
        String type = rule.type().directiveName();
        if (value.equals("NaN")) {
            throw new SchemaException(where + ": " + type + " value must be a number. Received '" + value
                    + "' for field '" + field + "'. Pass a finite number.");
        }
        if (value.endsWith("Infinity")) {
            throw new SchemaException(where + ": " + type + " value must be a finite number. Received '" + value
                    + "' for field '" + field + "' (Amplify writes it into the resolver, where it is no number)."
                    + " Leave the bound out instead.");
        }
    }

    private static void requirePattern(String where, String pattern) {
        if (pattern.indexOf('\b') >= 0) {
            throw new SchemaException(where + ": the pattern holds `\\b`, which a GraphQL string reads as a"
                    + " backspace, not a word boundary. Write `\\\\b` (`\\\\\\\\b` in Java source).");
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new SchemaException(where + ": `" + pattern + "` is not a valid regular expression ("
                    + e.getDescription() + " near index " + e.getIndex() + "). AppSync would fail every create and"
                    + " update that sets the field; fix the pattern.");
        }
    }
}
