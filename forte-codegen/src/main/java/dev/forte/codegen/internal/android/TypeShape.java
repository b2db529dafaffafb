package dev.forte.codegen.internal.android;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A model ({@code @model}) or non-model (custom type) as Amplify's model generator sees it once it has added the
 * implicit fields and resolved keys and relationships.
 *
 * @param directives the type's directives; for a model, {@code key} entries follow for the primary key and each
 *     secondary index, as the generator converts them
 * @param primaryKey the model's primary key; null for a non-model
 * @param directivesCarryFieldNames whether the generator tagged the field directives with their field's name while
 *     resolving keys or relationships, which shows in the model version
 */
record TypeShape(String name, List<Directive> directives, List<FieldShape> fields, @Nullable PrimaryKey primaryKey,
        boolean directivesCarryFieldNames) {

    TypeShape {
        directives = List.copyOf(directives);
        fields = List.copyOf(fields);
    }

    boolean isModel() {
        return primaryKey != null;
    }

    PrimaryKey key() {
        if (primaryKey == null) {
            throw new IllegalStateException(name + " is not a model");
        }
        return primaryKey;
    }

    Optional<FieldShape> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    List<FieldShape> storedFields() {
        return fields.stream().filter(FieldShape::stored).toList();
    }

    List<FieldShape> writableFields() {
        return fields.stream().filter(FieldShape::writable).toList();
    }

    TypeShape withFields(List<FieldShape> value) {
        return new TypeShape(name, directives, value, primaryKey, directivesCarryFieldNames);
    }

    TypeShape withDirectives(List<Directive> value) {
        return new TypeShape(name, value, fields, primaryKey, directivesCarryFieldNames);
    }

    TypeShape withFieldNamesOnDirectives() {
        return new TypeShape(name, directives, fields, primaryKey, true);
    }
}
