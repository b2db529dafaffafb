package dev.forte.server.internal.execution;

import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.server.internal.auth.ModelRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of one model as its resolvers apply them: the model's (its own, else the schema's) and, for each field
 * with rules of its own, the field's, which replace the model's for that field.
 */
record ModelPolicy(ModelRules rules, Map<String, ModelRules> fieldRules) {

    ModelPolicy {
        fieldRules = Map.copyOf(fieldRules);
    }

    static ModelPolicy of(DataSchema schema, Model model) {
        Map<String, ModelRules> fields = new LinkedHashMap<>();
        for (Field field : model.fields()) {
            if (!field.authorization().isEmpty()) {
                fields.put(field.name(), new ModelRules(field.authorization()));
            }
        }
        return new ModelPolicy(new ModelRules(schema.effectiveRules(model)), fields);
    }
}
