package dev.forte.client.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.forte.client.internal.ModelShape.FieldShape;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a record can hold a model's items: each component names a field the models API selects, and a scalar
 * or enum one has a Java type that holds its values (a custom-type field takes a record of its own, mapped by
 * Jackson). A record may leave fields out; those are not read.
 */
public final class RecordCheck {
    private static final Set<String> TEXT = Set.of("ID", "String", "AWSDate", "AWSTime", "AWSDateTime", "AWSEmail",
            "AWSJSON", "AWSPhone", "AWSURL", "AWSIPAddress");
    private static final Map<String, Set<Class<?>>> NUMBERS = Map.of(
            "Int", Set.of(Integer.class, int.class, Long.class, long.class, BigDecimal.class),
            "AWSTimestamp", Set.of(Long.class, long.class, BigDecimal.class),
            "Float", Set.of(Double.class, double.class, Float.class, float.class, BigDecimal.class),
            "Boolean", Set.of(Boolean.class, boolean.class));

    private RecordCheck() {}

    /** Returns what is wrong with {@code type} as the item type of {@code shape}; empty when it fits. */
    public static Optional<String> problem(Class<?> type, ModelShape shape) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Optional<String> problem = problem(component, shape);
            if (problem.isPresent()) {
                return Optional.of("Record " + type.getSimpleName() + " component `" + component.getName() + "`: "
                        + problem.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(RecordComponent component, ModelShape shape) {
        FieldShape field = shape.fields().get(fieldName(component));
        if (field == null) {
            return Optional.of("model `" + shape.name() + "` has no such field; its fields are "
                    + shape.selectedFields() + ". Rename or remove the component.");
        }
        if (!field.isSelected()) {
            return Optional.of("field `" + field.name() + "` is of type " + field.typeName() + ", which the models"
                    + " API does not select. Leave it out of the record and read it with graphql(...).");
        }
        if (!field.isLeaf()) {
            return Optional.empty();
        }
        Type javaType = component.getGenericType();
        if (field.list()) {
            if (!(javaType instanceof ParameterizedType list)
                    || !Collection.class.isAssignableFrom((Class<?>) list.getRawType())) {
                return Optional.of(mismatch(field, "a List"));
            }
            javaType = list.getActualTypeArguments()[0];
        }
        return javaType instanceof Class<?> element && !holds(element, field)
                ? Optional.of(mismatch(field, expected(field))) : Optional.empty();
    }

    /** Returns the field a component maps to: its name, or the {@code @JsonProperty} name a Java keyword needs. */
    private static String fieldName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static boolean holds(Class<?> type, FieldShape field) {
        if (type == Object.class || Map.class.isAssignableFrom(type) || type.getName().startsWith("com.fasterxml")) {
            return true;
        }
        if (field.kind().equals("ENUM")) {
            return type.isEnum() || type == String.class;
        }
        if (TEXT.contains(field.typeName())) {
            return type == String.class;
        }
        return NUMBERS.getOrDefault(field.typeName(), Set.of(String.class)).contains(type);
    }

    private static String expected(FieldShape field) {
        if (field.kind().equals("ENUM")) {
            return "an enum with the values of " + field.typeName() + " (or String)";
        }
        if (TEXT.contains(field.typeName())) {
            return "String";
        }
        return NUMBERS.getOrDefault(field.typeName(), Set.of(String.class)).stream()
                .filter(type -> !type.isPrimitive()).map(Class::getSimpleName).sorted().toList().toString();
    }

    private static String mismatch(FieldShape field, String expected) {
        String type = field.list() ? "[" + field.typeName() + "]" : field.typeName();
        return "field `" + field.name() + "` is " + type + "; declare the component as " + expected
                + (field.list() ? " (in a List)" : "") + ".";
    }
}
