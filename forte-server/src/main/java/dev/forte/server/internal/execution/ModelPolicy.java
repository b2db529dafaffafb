package dev.forte.server.internal.execution;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.server.internal.auth.ModelRules;
import dev.forte.server.internal.auth.ReadRoles;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of one model as its resolvers apply them: the model's (its own, else the schema's) for writes and, for
 * each field with rules of its own, the field's, which replace the model's for that field; for reads, the roles of
 * both ({@link ReadRoles}), since a role a field's rules add reaches the record too.
 */
record ModelPolicy(ModelRules rules, Map<String, ModelRules> fieldRules, ReadRoles reads) {

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
        return new ModelPolicy(new ModelRules(schema.effectiveRules(model)), fields,
                ReadRoles.of(schema.effectiveRules(model), model.fields()));
    }

    /** Returns the rules that decide {@code operation} on a record: the read roles for reads, else the model's. */
    ModelRules rulesFor(AuthOperation operation) {
        return operation.isRead() ? reads.recordRules(operation) : rules;
    }
}
