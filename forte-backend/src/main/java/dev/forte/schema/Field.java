package dev.forte.schema;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A field of a model or custom type.
 *
 * <p>Nullability follows Amplify's builder: {@code required} is the value's (the element's, for an array);
 * {@code arrayRequired} is the list's own. {@code .required().array()} is {@code [T!]},
 * {@code .array().required()} is {@code [T]!}, {@code .required().array().required()} is {@code [T!]!}.
 *
 * @param defaultValue the {@code .default(value)} as Amplify stringifies it ({@code "42"}, {@code "true"}), or null
 * @param authorization field-level rules; empty means the model's rules apply
 * @param validations the {@code .validate(...)} rules in declaration order (model fields of type String, Int and
 *     Float only)
 */
public record Field(
        String name,
        FieldType type,
        boolean required,
        boolean array,
        boolean arrayRequired,
        @Nullable String defaultValue,
        List<AuthRule> authorization,
        List<FieldValidation> validations) {

    public Field {
        authorization = List.copyOf(authorization);
        validations = List.copyOf(validations);
        if (arrayRequired && !array) {
            throw new IllegalArgumentException("Field `" + name + "`: arrayRequired needs array");
        }
    }

    /** Returns a field without validations. */
    public Field(String name, FieldType type, boolean required, boolean array, boolean arrayRequired,
            @Nullable String defaultValue, List<AuthRule> authorization) {
        this(name, type, required, array, arrayRequired, defaultValue, authorization, List.of());
    }

    /** Returns a nullable, non-array field of {@code type} with no default and no rules. */
    public static Field of(String name, FieldType type) {
        return new Field(name, type, false, false, false, null, List.of());
    }

    /** Returns the relationship when this is a relationship field ({@code a.hasMany(...)} and the others). */
    public Optional<Relationship> relationship() {
        return type instanceof Relationship r ? Optional.of(r) : Optional.empty();
    }

    /** Returns true for a relationship field, which is resolved from reference fields rather than stored. */
    public boolean isRelationship() {
        return type instanceof Relationship;
    }

    /** Returns the GraphQL type reference, e.g. {@code [String!]!}. */
    public String graphqlType() {
        String element = type.graphqlName() + (required ? "!" : "");
        return array ? "[" + element + "]" + (arrayRequired ? "!" : "") : element;
    }
}
