package dev.forte.server.internal.execution;

import dev.forte.ForteException;
import dev.forte.schema.Field;
import dev.forte.schema.FieldType;
import dev.forte.schema.Model;
import dev.forte.schema.Scalar;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code .default(value)} values of a model's fields, converted to the values the store expects. */
final class ItemDefaults {
    private ItemDefaults() {}

    static Map<String, Object> of(Model model) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (Field field : model.fields()) {
            if (field.defaultValue() != null) {
                defaults.put(field.name(), convert(model, field, field.defaultValue()));
            }
        }
        return Map.copyOf(defaults);
    }

    private static Object convert(Model model, Field field, String value) {
        FieldType type = field.type();
        try {
            if (type == Scalar.INT) {
                long number = Long.parseLong(value.trim());
                return number == (int) number ? (Object) (int) number : (Object) number;
            }
            if (type == Scalar.AWS_TIMESTAMP) {
                return Long.parseLong(value.trim());
            }
            if (type == Scalar.FLOAT) {
                return Double.parseDouble(value.trim());
            }
        } catch (NumberFormatException e) {
            throw new ForteException("Model `" + model.name() + "` field `" + field.name() + "`: default `"
                    + value + "` is not a number of type " + type.graphqlName() + ".", e);
        }
        if (type == Scalar.BOOLEAN) {
            return Boolean.parseBoolean(value.trim());
        }
        return value;
    }
}
