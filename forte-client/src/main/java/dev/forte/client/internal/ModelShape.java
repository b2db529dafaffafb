package dev.forte.client.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the server's schema says about one model: its fields, of which the scalar, enum and custom-type ones are the
 * selection of every document, and the root fields that read and write it, each with its arguments' GraphQL types.
 *
 * @param fields every field of the model type by name, in schema order
 * @param operations root field by role ({@code create}, {@code update}, {@code delete}, {@code get}, {@code list},
 *     {@code onCreate}, {@code onUpdate}, {@code onDelete})
 */
public record ModelShape(String name, Map<String, FieldShape> fields, Map<String, RootField> operations) {

    public ModelShape {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        operations = Map.copyOf(operations);
    }

    /** Returns the names of the fields every document selects: scalars, enums and custom types, in schema order. */
    public List<String> selectedFields() {
        return fields.values().stream().filter(FieldShape::isSelected).map(FieldShape::name).toList();
    }

    /**
     * Returns the selection of an item, without braces: the scalar and enum fields, and each custom-type field with
     * its nested selection, e.g. {@code id name meta { source tags }}.
     */
    public String selection() {
        return String.join(" ", fields.values().stream().filter(FieldShape::isSelected)
                .map(field -> field.selection() == null ? field.name() : field.name() + " " + field.selection())
                .toList());
    }

    /** Returns a copy whose custom-type fields carry the nested selections in {@code selections}, by field name. */
    public ModelShape withSelections(Map<String, String> selections) {
        Map<String, FieldShape> selected = new LinkedHashMap<>();
        fields.forEach((name, field) -> selected.put(name, selections.containsKey(name)
                ? new FieldShape(name, field.kind(), field.typeName(), field.list(), selections.get(name)) : field));
        return new ModelShape(name, selected, operations);
    }

    /** Returns the fields of the primary key: the arguments of the {@code get} field; empty without one. */
    public List<String> keyFields() {
        return operation("get").map(get -> List.copyOf(get.argumentTypes().keySet())).orElse(List.of());
    }

    public Optional<RootField> operation(String role) {
        return Optional.ofNullable(operations.get(role));
    }

    /**
     * A field of the model type.
     *
     * @param kind the kind of its named type: {@code SCALAR}, {@code ENUM} or {@code OBJECT}
     * @param typeName its named type, e.g. {@code AWSDateTime} or {@code TodoPriority}
     * @param list true for a list of values
     * @param selection for a custom-type field, its nested selection ({@code { street city }}); else null
     */
    public record FieldShape(String name, String kind, String typeName, boolean list, @Nullable String selection) {

        /** Returns true for a scalar or enum, which documents select without a nested selection. */
        public boolean isLeaf() {
            return kind.equals("SCALAR") || kind.equals("ENUM");
        }

        /** Returns true for the fields every document selects: scalars, enums and custom types. */
        public boolean isSelected() {
            return isLeaf() || selection != null;
        }
    }

    /** A field of {@code Query} or {@code Mutation} and its arguments' types, e.g. {@code input → CreateTodoInput!}. */
    public record RootField(String name, Map<String, String> argumentTypes) {

        public RootField {
            argumentTypes = Map.copyOf(argumentTypes);
        }
    }
}
