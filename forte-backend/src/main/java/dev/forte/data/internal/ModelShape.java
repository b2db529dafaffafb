package dev.forte.data.internal;

import dev.forte.schema.AuthRule;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.schema.SecondaryIndex;
import java.util.List;
import java.util.Set;

/** A model as the builder recorded it: {@code a.model(...)} and its chained calls. */
public record ModelShape(
        List<FieldDeclaration> fields,
        List<String> identifier,
        List<SecondaryIndex> secondaryIndexes,
        Set<ModelOperation> disabledOperations,
        List<AuthRule> authorization) {

    public ModelShape {
        fields = List.copyOf(fields);
        identifier = List.copyOf(identifier);
        secondaryIndexes = List.copyOf(secondaryIndexes);
        disabledOperations = Set.copyOf(disabledOperations);
        authorization = List.copyOf(authorization);
    }

    /** Returns a model of {@code fields} with Amplify's defaults: identifier {@code id}, everything enabled. */
    public static ModelShape of(List<FieldDeclaration> fields) {
        return new ModelShape(fields, List.of(Model.DEFAULT_IDENTIFIER), List.of(), Set.of(), List.of());
    }

    public ModelShape withIdentifier(List<String> fieldNames) {
        return new ModelShape(fields, fieldNames, secondaryIndexes, disabledOperations, authorization);
    }

    public ModelShape withSecondaryIndexes(List<SecondaryIndex> indexes) {
        return new ModelShape(fields, identifier, indexes, disabledOperations, authorization);
    }

    public ModelShape withDisabledOperations(Set<ModelOperation> operations) {
        return new ModelShape(fields, identifier, secondaryIndexes, operations, authorization);
    }

    public ModelShape withAuthorization(List<AuthRule> rules) {
        return new ModelShape(fields, identifier, secondaryIndexes, disabledOperations, rules);
    }
}
