package dev.forte.codegen.internal.android;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's fields as the generator completes them: the primary key found (or the implicit {@code id: ID!} added in
 * front), {@code createdAt} and {@code updatedAt} appended as read-only unless declared or switched off, and
 * {@code id} moved first.
 */
final class ModelFields {
    private static final String ID = "id";

    private ModelFields() {}

    static TypeShape complete(String model, List<Directive> directives, List<FieldShape> declared) {
        List<FieldShape> fields = new ArrayList<>(declared);
        Optional<FieldShape> keyField = fields.stream().filter(f -> f.directive("primaryKey").isPresent()).findFirst();
        PrimaryKey key = keyField.isPresent() ? declaredKey(model, keyField.get()) : implicitKey(fields);
        Directive modelDirective = directives.stream().filter(d -> d.name().equals("model")).findFirst().orElseThrow();
        addTimestamps(fields, modelDirective);
        List<FieldShape> ordered = new ArrayList<>(fields.stream().filter(f -> f.name().equals(ID)).toList());
        fields.stream().filter(f -> !f.name().equals(ID)).forEach(ordered::add);
        return new TypeShape(model, directives, ordered, key, keyField.isPresent());
    }

    private static PrimaryKey declaredKey(String model, FieldShape field) {
        if (field.nullable()) {
            throw new IllegalArgumentException("The primary key on type '" + model
                    + "' must reference non-null fields: make `" + field.name() + "` required.");
        }
        List<String> sortKeys = field.directive("primaryKey").orElseThrow().strings("sortKeyFields");
        return new PrimaryKey(field.name(), !(field.name().equals(ID) && sortKeys.isEmpty()), sortKeys);
    }

    private static PrimaryKey implicitKey(List<FieldShape> fields) {
        int index = indexOf(fields, ID);
        if (index >= 0) {
            fields.set(index, fields.get(index).withNullable(false));
        } else {
            fields.add(0, FieldShape.scalar(ID, "ID", false));
        }
        return new PrimaryKey(ID, false, List.of());
    }

    private static void addTimestamps(List<FieldShape> fields, Directive modelDirective) {
        if (modelDirective.has("timestamps") && modelDirective.arguments().get("timestamps") == null) {
            return;
        }
        Map<?, ?> names = modelDirective.arguments().get("timestamps") instanceof Map<?, ?> map ? map : Map.of();
        for (String timestamp : List.of("createdAt", "updatedAt")) {
            Object custom = names.get(timestamp);
            String name = custom instanceof String text && !text.isEmpty() ? text : timestamp;
            if (indexOf(fields, name) < 0) {
                fields.add(new FieldShape(name, "AWSDateTime", true, false, null, List.of(), true, null));
            }
        }
    }

    private static int indexOf(List<FieldShape> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
