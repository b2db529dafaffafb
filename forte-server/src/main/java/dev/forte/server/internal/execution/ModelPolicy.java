package dev.forte.server.internal.execution;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Model;
import dev.forte.server.internal.auth.ModelRules;
import dev.forte.server.internal.auth.RoleMatrix;

/**
 * The rules of one model as its resolvers apply them: the model's (its own, else the schema's) and, for each field
 * with rules of its own, the field's, which replace the model's for that field, combined as Amplify's access matrix
 * ({@link RoleMatrix}): a role a field's rules add reaches the record too, and writes are checked field by field.
 */
record ModelPolicy(ModelRules rules, RoleMatrix matrix) {

    static ModelPolicy of(DataSchema schema, Model model) {
        return new ModelPolicy(new ModelRules(schema.effectiveRules(model)),
                RoleMatrix.of(schema.effectiveRules(model), model.fields()));
    }

    /**
     * Returns the rules that decide {@code operation} on a record: the model's when no field has rules of its own,
     * else the roles of the model's and the fields' rules that Amplify's resolver of that operation lists
     * ({@link RoleMatrix}).
     */
    ModelRules rulesFor(AuthOperation operation) {
        if (!matrix.hasFieldRules()) {
            return rules;
        }
        return operation.isRead() ? matrix.recordRules(operation) : matrix.writeRules(operation);
    }
}
