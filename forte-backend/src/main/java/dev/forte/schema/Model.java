package dev.forte.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A model ({@code a.model(...)}): a table with a generated GraphQL API.
 *
 * @param fields the user's fields in declaration order, relationship fields among them (see
 *     {@link #relationshipFields()} and {@link #storedFields()}); the implicit {@code id}, {@code createdAt} and
 *     {@code updatedAt} are not listed here (see {@link #hasDefaultIdentifier()})
 * @param identifier the primary key fields, {@code ["id"]} by default; the first is the partition key, the
 *     rest the sort key
 * @param authorization the model's own rules; empty means the schema's rules apply
 */
public record Model(
        String name,
        List<Field> fields,
        List<String> identifier,
        List<SecondaryIndex> secondaryIndexes,
        Set<ModelOperation> disabledOperations,
        List<AuthRule> authorization) {

    /** The implicit primary key field. */
    public static final String DEFAULT_IDENTIFIER = "id";

    public Model {
        fields = List.copyOf(fields);
        identifier = List.copyOf(identifier);
        secondaryIndexes = List.copyOf(secondaryIndexes);
        disabledOperations = Set.copyOf(disabledOperations);
        authorization = List.copyOf(authorization);
    }

    /** Returns true when the model keeps the implicit {@code id: ID!} primary key. */
    public boolean hasDefaultIdentifier() {
        return identifier.equals(List.of(DEFAULT_IDENTIFIER));
    }

    /** Returns the user-declared field named {@code name}. */
    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Returns the relationship fields ({@code a.hasMany}, {@code a.hasOne}, {@code a.belongsTo}) in declaration order. */
    public List<Field> relationshipFields() {
        return fields.stream().filter(Field::isRelationship).toList();
    }

    /** Returns the fields that hold values, in declaration order: every field but the relationship fields. */
    public List<Field> storedFields() {
        return fields.stream().filter(f -> !f.isRelationship()).toList();
    }

    /** Returns true unless {@code operation} is disabled directly or through its group ({@code queries}, ...). */
    public boolean isEnabled(ModelOperation operation) {
        return !disabledOperations.contains(operation)
                && operation.group().map(g -> !disabledOperations.contains(g)).orElse(true);
    }
}
