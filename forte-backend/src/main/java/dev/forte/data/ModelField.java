package dev.forte.data;

import dev.forte.data.internal.FieldShape;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A scalar or ref field and the modifiers it can still take. Each modifier can be used once, as in Amplify: every
 * step returns a type without the modifiers already used, so {@code a.string().required().required()} does not
 * compile.
 *
 * <table>
 *   <caption>Nullability</caption>
 *   <tr><td>{@code a.string()}</td><td>{@code String}</td></tr>
 *   <tr><td>{@code a.string().required()}</td><td>{@code String!}</td></tr>
 *   <tr><td>{@code a.string().array()}</td><td>{@code [String]}</td></tr>
 *   <tr><td>{@code a.string().required().array()}</td><td>{@code [String!]}</td></tr>
 *   <tr><td>{@code a.string().array().required()}</td><td>{@code [String]!}</td></tr>
 *   <tr><td>{@code a.string().required().array().required()}</td><td>{@code [String!]!}</td></tr>
 * </table>
 *
 * <p>{@code .default_(value)} is Amplify's {@code .default(value)}: the value is stored as Amplify stringifies it
 * ({@code 42} → {@code "42"}, {@code true} → {@code "true"}) and must be valid for the field's type. Array and
 * ref fields take no default.
 *
 * <p>{@code .validate(v -> v.gt(0).lt(100, "Too big"))} adds Amplify's field validation ({@link FieldValidations})
 * to a single {@code String}, {@code Int} or {@code Float} model field; like Amplify, a validated field takes no
 * {@code .array()} or {@code .default_(...)} afterwards, so give the default first:
 * {@code a.integer().default_(5).validate(v -> v.gte(1)).required()}.
 */
public abstract sealed class ModelField extends FieldDefinition {
    private final FieldShape shape;

    ModelField(FieldShape shape) {
        this.shape = shape;
    }

    @Override
    final FieldShape shape() {
        return shape;
    }

    /**
     * Returns the JavaScript {@code String(number)} form Amplify stores: {@code 3.14} → {@code "3.14"}, {@code 1.0} →
     * {@code "1"}, {@code 1e21} → {@code "1e+21"}, {@code 1e-7} → {@code "1e-7"}.
     */
    static String stringify(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        boolean plain = value == 0 || (Math.abs(value) >= 1e-6 && Math.abs(value) < 1e21);
        return plain ? decimal.toPlainString() : exponential(decimal);
    }

    private static String exponential(BigDecimal decimal) {
        String digits = decimal.unscaledValue().abs().toString();
        int exponent = decimal.precision() - decimal.scale() - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (decimal.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }

    /**
     * A field that can still take modifiers, {@code .authorization(...)} among them. Complete fields cannot: they
     * have used every modifier.
     */
    public abstract static sealed class Modifiable extends ModelField
            permits Scalar, RequiredScalar, Defaulted, Validated, RequiredValidated, Ref, RequiredRef, Array,
            RequiredElementArray {
        Modifiable(FieldShape shape) {
            super(shape);
        }

        final FieldShape validated(UnaryOperator<FieldValidations> rules) {
            return shape().withValidations(rules.apply(FieldValidations.empty()).rules());
        }

        /**
         * Returns this field with its own rules, which replace the model's rules for the field: Amplify's
         * {@code .authorization(allow => [...])} on a field. It ends the field's modifiers, so call it last.
         *
         * <pre>{@code
         * field("salary", a.float_().authorization(allow -> List.of(allow.owner(), allow.group("HR"))))
         * }</pre>
         */
        public final Complete authorization(Function<ModelAllow, List<? extends AuthorizationRule>> rules) {
            if (!shape().authorization().isEmpty()) {
                throw new SchemaException("`.authorization(...)` is called twice on the same field. Call it once with"
                        + " every rule of the field.");
            }
            return new Complete(shape().withAuthorization(AuthorizationRule.rules(rules.apply(new ModelAllow()))));
        }
    }

    /** A fresh scalar field, e.g. {@code a.string()}: nullable, single-valued, no default. */
    public static final class Scalar extends Modifiable {
        Scalar(FieldShape shape) {
            super(shape);
        }

        /** Makes the value non-null: {@code String!}, or the elements if {@code .array()} follows. */
        public RequiredScalar required() {
            return new RequiredScalar(shape().withRequired());
        }

        /** Makes the field a list: {@code [String]}. */
        public Array array() {
            return new Array(shape().withArray());
        }

        /** Adds validation rules, e.g. {@code .validate(v -> v.minLength(3).maxLength(20, "Too long"))}. */
        public Validated validate(UnaryOperator<FieldValidations> rules) {
            return new Validated(validated(rules));
        }

        /** Sets the value used when a create omits the field or sends null. */
        public Defaulted default_(String value) {
            return new Defaulted(shape().withDefault(value));
        }

        /** Sets the default, stored as {@code "42"}. */
        public Defaulted default_(long value) {
            return default_(Long.toString(value));
        }

        /** Sets the default, stored as {@code "3.14"}. */
        public Defaulted default_(double value) {
            return default_(stringify(value));
        }

        /** Sets the default, stored as {@code "true"}. */
        public Defaulted default_(boolean value) {
            return default_(Boolean.toString(value));
        }
    }

    /** A non-null scalar: it can still become a list of non-null elements, or take a default. */
    public static final class RequiredScalar extends Modifiable {
        RequiredScalar(FieldShape shape) {
            super(shape);
        }

        /** Makes the field a list of non-null elements: {@code [String!]}. */
        public RequiredElementArray array() {
            return new RequiredElementArray(shape().withArray());
        }

        /** Adds validation rules, e.g. {@code .validate(v -> v.gte(0).lte(500))}. */
        public RequiredValidated validate(UnaryOperator<FieldValidations> rules) {
            return new RequiredValidated(validated(rules));
        }

        /** Sets the value used when a create omits the field or sends null; the field stays non-null. */
        public Complete default_(String value) {
            return new Complete(shape().withDefault(value));
        }

        /** Sets the default, stored as {@code "42"}. */
        public Complete default_(long value) {
            return default_(Long.toString(value));
        }

        /** Sets the default, stored as {@code "3.14"}. */
        public Complete default_(double value) {
            return default_(stringify(value));
        }

        /** Sets the default, stored as {@code "true"}. */
        public Complete default_(boolean value) {
            return default_(Boolean.toString(value));
        }
    }

    /** A scalar with a default: it can still be made non-null. */
    public static final class Defaulted extends Modifiable {
        Defaulted(FieldShape shape) {
            super(shape);
        }

        /** Makes the value non-null. */
        public Complete required() {
            return new Complete(shape().withRequired());
        }

        /** Adds validation rules, which also check the default when a create omits the field. */
        public Validated validate(UnaryOperator<FieldValidations> rules) {
            return new Validated(validated(rules));
        }
    }

    /** A scalar with validation rules: it can still be made non-null. */
    public static final class Validated extends Modifiable {
        Validated(FieldShape shape) {
            super(shape);
        }

        /** Makes the value non-null. */
        public RequiredValidated required() {
            return new RequiredValidated(shape().withRequired());
        }
    }

    /** A non-null scalar with validation rules: only {@code .authorization(...)} is left. */
    public static final class RequiredValidated extends Modifiable {
        RequiredValidated(FieldShape shape) {
            super(shape);
        }
    }

    /** A fresh {@code a.ref("Name")}: nullable and single-valued. */
    public static final class Ref extends Modifiable {
        Ref(FieldShape shape) {
            super(shape);
        }

        /** Makes the value non-null: {@code Status!}, or the elements if {@code .array()} follows. */
        public RequiredRef required() {
            return new RequiredRef(shape().withRequired());
        }

        /** Makes the field a list: {@code [Status]}. */
        public Array array() {
            return new Array(shape().withArray());
        }
    }

    /** A non-null ref: it can still become a list of non-null elements. */
    public static final class RequiredRef extends Modifiable {
        RequiredRef(FieldShape shape) {
            super(shape);
        }

        /** Makes the field a list of non-null elements: {@code [Status!]}. */
        public RequiredElementArray array() {
            return new RequiredElementArray(shape().withArray());
        }
    }

    /** A list of nullable elements, {@code [T]}: the list itself can still be made non-null. */
    public static final class Array extends Modifiable {
        Array(FieldShape shape) {
            super(shape);
        }

        /** Makes the list non-null: {@code [T]!}. */
        public Complete required() {
            return new Complete(shape().withRequired());
        }
    }

    /** A list of non-null elements, {@code [T!]}: the list itself can still be made non-null. */
    public static final class RequiredElementArray extends Modifiable {
        RequiredElementArray(FieldShape shape) {
            super(shape);
        }

        /** Makes the list non-null: {@code [T!]!}. */
        public Complete required() {
            return new Complete(shape().withRequired());
        }
    }

    /** A field whose modifiers are all used. */
    public static final class Complete extends ModelField {
        Complete(FieldShape shape) {
            super(shape);
        }
    }
}
