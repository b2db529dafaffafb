package dev.forte.codegen.internal.types;

import dev.forte.codegen.internal.statements.AppSyncSchema;
import dev.forte.codegen.internal.statements.Operation;
import dev.forte.codegen.internal.statements.Selection;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The enums, inputs and object types the operations use, in the order Amplify's types generator meets them: per
 * operation its variables, then its selected fields, each type followed (depth first) by every type its fields or
 * input fields reach.
 */
public final class UsedTypes {
    private final AppSyncSchema schema;
    private final Set<String> names = new LinkedHashSet<>();

    private UsedTypes(AppSyncSchema schema) {
        this.schema = schema;
    }

    /** Returns the names of the declared types {@code operations} use, in declaration order for {@code API.ts}. */
    public static List<String> of(AppSyncSchema schema, List<Operation> operations) {
        UsedTypes used = new UsedTypes(schema);
        for (Operation operation : operations) {
            operation.variables().forEach(variable -> used.add(AppSyncSchema.baseName(variable.getType())));
            used.addSelected(operation.field());
        }
        return List.copyOf(used.names);
    }

    private void addSelected(Selection selection) {
        selection.type().ifPresent(type -> add(AppSyncSchema.baseName(type)));
        selection.children().forEach(this::addSelected);
    }

    private void add(String name) {
        boolean declared = schema.isEnum(name) || schema.isInput(name) || schema.isObject(name);
        if (!declared || !names.add(name)) {
            return;
        }
        for (InputValueDefinition field : schema.inputFields(name)) {
            add(AppSyncSchema.baseName(field.getType()));
        }
        for (FieldDefinition field : schema.fields(name)) {
            add(AppSyncSchema.baseName(field.getType()));
        }
    }
}
