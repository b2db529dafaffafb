package dev.forte.data.internal;

import dev.forte.schema.AuthRule;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.schema.SecondaryIndex;
import java.util.List;
import java.util.Set;

/**
 * A model as the builder recorded it: {@code a.model(...)} and its chained calls.
 *
 * @param grantsFunctionAccess whether its rules smuggled in an {@code allow.resource(fn)}, which
 *     {@code defineData} rejects (the model-level {@code allow} has no {@code resource}, but casts can defeat that)
 */
public record ModelShape(
        List<FieldDeclaration> fields,
        List<String> identifier,
        List<SecondaryIndex> secondaryIndexes,
        Set<ModelOperation> disabledOperations,
        List<AuthRule> authorization,
        boolean grantsFunctionAccess) {

    public ModelShape {
        fields = List.copyOf(fields);
        identifier = List.copyOf(identifier);
        secondaryIndexes = List.copyOf(secondaryIndexes);
        disabledOperations = Set.copyOf(disabledOperations);
        authorization = List.copyOf(authorization);
    }

    /** Returns a model of {@code fields} with Amplify's defaults: identifier {@code id}, everything enabled. */
    public static ModelShape of(List<FieldDeclaration> fields) {
        return new ModelShape(fields, List.of(Model.DEFAULT_IDENTIFIER), List.of(), Set.of(), List.of(), false);
    }

    public ModelShape withIdentifier(List<String> fieldNames) {
        return new ModelShape(fields, fieldNames, secondaryIndexes, disabledOperations, authorization,
                grantsFunctionAccess);
    }

    public ModelShape withSecondaryIndexes(List<SecondaryIndex> indexes) {
        return new ModelShape(fields, identifier, indexes, disabledOperations, authorization,
                grantsFunctionAccess);
    }

    public ModelShape withDisabledOperations(Set<ModelOperation> operations) {
        return new ModelShape(fields, identifier, secondaryIndexes, operations, authorization,
                grantsFunctionAccess);
    }

    public ModelShape withAuthorization(List<AuthRule> rules) {
        return new ModelShape(fields, identifier, secondaryIndexes, disabledOperations, rules,
                grantsFunctionAccess);
    }

    public ModelShape withFunctionAccess() {
        return new ModelShape(fields, identifier, secondaryIndexes, disabledOperations, authorization, true);
    }
}
