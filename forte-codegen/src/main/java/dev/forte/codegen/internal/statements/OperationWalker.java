package dev.forte.codegen.internal.statements;

import dev.forte.codegen.StatementGenerationException;
import graphql.language.FieldDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds one operation per root field, selecting as Amplify's docs generator does: fields in schema order, leaves
 * always, objects while depth is left, {@code __typename} in every object. Each object level costs one unit of
 * {@code maxDepth}, except a custom type, which is always selected in full (a custom type met again inside itself
 * costs a unit, so recursive custom types still end).
 */
public final class OperationWalker {
    private final AppSyncSchema schema;
    private final int maxDepth;

    public OperationWalker(AppSyncSchema schema, int maxDepth) {
        this.schema = schema;
        this.maxDepth = maxDepth;
    }

    /** Returns the operations of {@code type} in the order the schema declares its root fields. */
    public List<Operation> operations(OperationType type) {
        List<Operation> operations = new ArrayList<>();
        for (FieldDefinition field : schema.rootFields(type)) {
            Selection selection = select(field, maxDepth, Set.of());
            if (selection != null) {
                operations.add(new Operation(type, OperationNames.pascalCase(field.getName()),
                        field.getInputValueDefinitions(), selection));
            }
        }
        return operations;
    }

    private @Nullable Selection select(FieldDefinition field, int depth, Set<String> customTypesAbove) {
        String typeName = AppSyncSchema.baseName(field.getType());
        if (schema.isLeaf(typeName)) {
            return new Selection(field.getName(), field.getType(), List.of());
        }
        if (!schema.isObject(typeName)) {
            throw new StatementGenerationException("Field `" + field.getName() + "` returns `" + typeName
                    + "`, an interface or union; statements for those are not supported yet.");
        }
        if (depth < 1) {
            return null;
        }
        List<Selection> children = new ArrayList<>();
        for (FieldDefinition child : schema.fields(typeName)) {
            String childType = AppSyncSchema.baseName(child.getType());
            boolean free = schema.isCustomType(childType) && !customTypesAbove.contains(childType);
            Selection selected = free
                    ? select(child, depth, with(customTypesAbove, childType))
                    : select(child, depth - 1, customTypesAbove);
            if (selected != null) {
                children.add(selected);
            }
        }
        children.add(Selection.typename());
        return new Selection(field.getName(), field.getType(), children);
    }

    private static Set<String> with(Set<String> names, String name) {
        Set<String> copy = new HashSet<>(names);
        copy.add(name);
        return copy;
    }
}
