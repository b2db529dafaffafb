package dev.forte.codegen.internal.introspection;

import static dev.forte.codegen.internal.introspection.IntrospectionTree.NODES;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.OperationType;

/**
 * The custom operations of the introspection schema: {@code queries} and {@code mutations}, each operation with its
 * return type and {@code arguments}, and {@code inputs}, the {@code <Type>Input} of every custom type an argument
 * takes.
 */
final class OperationsTree {
    private static final String INPUT_SUFFIX = "Input";

    private OperationsTree() {}

    /** Adds {@code queries}, {@code mutations} and {@code inputs} to {@code root}, each only when not empty. */
    static void addTo(ObjectNode root, DataSchema schema) {
        ObjectNode queries = NODES.objectNode();
        ObjectNode mutations = NODES.objectNode();
        ObjectNode inputs = NODES.objectNode();
        for (CustomOperation operation : schema.operations()) {
            ObjectNode node = entry(operation.returns(), false);
            node.put("name", operation.name());
            ObjectNode arguments = NODES.objectNode();
            for (Field argument : operation.arguments()) {
                arguments.set(argument.name(), entry(argument, true));
                addInput(inputs, schema, argument);
            }
            putIfNotEmpty(node, "arguments", arguments);
            (operation.type() == OperationType.QUERY ? queries : mutations).set(operation.name(), node);
        }
        putIfNotEmpty(root, "queries", queries);
        putIfNotEmpty(root, "mutations", mutations);
        putIfNotEmpty(root, "inputs", inputs);
    }

    /** Returns the entry of a return type or an input value: a field's, without {@code attributes}. */
    private static ObjectNode entry(Field field, boolean input) {
        ObjectNode node = IntrospectionTree.field(field);
        node.remove("attributes");
        if (input && field.type() instanceof CustomTypeRef customType) {
            node.putObject("type").put("input", customType.name() + INPUT_SUFFIX);
        }
        return node;
    }

    private static void addInput(ObjectNode inputs, DataSchema schema, Field argument) {
        if (!(argument.type() instanceof CustomTypeRef ref) || inputs.has(ref.name() + INPUT_SUFFIX)) {
            return;
        }
        schema.customType(ref.name()).ifPresent(type -> {
            ObjectNode input = inputs.putObject(type.name() + INPUT_SUFFIX);
            input.put("name", type.name() + INPUT_SUFFIX);
            ObjectNode attributes = input.putObject("attributes");
            for (Field field : type.fields()) {
                attributes.set(field.name(), entry(field, true));
                addInput(inputs, schema, field);
            }
        });
    }

    private static void putIfNotEmpty(ObjectNode root, String name, ObjectNode entries) {
        if (!entries.isEmpty()) {
            root.set(name, entries);
        }
    }
}
