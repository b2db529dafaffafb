package dev.forte.data.internal;

import dev.forte.data.SchemaException;
import dev.forte.data.internal.EntryShape.CustomTypeEntry;
import dev.forte.data.internal.EntryShape.EnumEntry;
import dev.forte.data.internal.EntryShape.ModelEntry;
import dev.forte.data.internal.EntryShape.OperationEntry;
import dev.forte.data.internal.TypeRegistry.Kind;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.CustomType;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumType;
import dev.forte.schema.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the entries of {@code a.schema(...)} into a {@link DataSchema}: every type named, every ref resolved,
 * every rule Forte can check before serving applied. Named types come first in declaration order, inline ones
 * after them in the order they appear.
 */
public final class SchemaResolver {
    private final TypeRegistry registry = new TypeRegistry();
    private final FieldResolver fields = new FieldResolver(registry);
    private final OperationResolver operations = new OperationResolver(fields);

    private SchemaResolver() {}

    /** Returns the schema {@code entries} declare, with no schema-level rules yet; throws a SchemaException. */
    public static DataSchema resolve(List<EntryShape> entries) {
        return new SchemaResolver().run(entries);
    }

    /**
     * Throws Amplify's error for the first model or custom operation that no rule covers, at its own or schema
     * level, and for a custom operation that inherits an owner rule. Unlike Amplify, a schema-level
     * {@code allow.resource(fn)} counts for models: a model without rules is then reachable by the granted
     * functions only. As in Amplify, it does not count for custom operations.
     */
    public static void requireAuthorization(DataSchema schema) {
        for (CustomOperation operation : schema.operations()) {
            if (schema.effectiveRules(operation).isEmpty()) {
                throw new SchemaException(OperationResolver.missingRuleOrHandler(operation.name()));
            }
            if (schema.effectiveRules(operation).stream().anyMatch(rule -> rule.strategy() == AuthStrategy.OWNER)) {
                throw new SchemaException("Unsupported auth strategy for custom handlers: owner. Custom operation `"
                        + operation.name() + "` inherits the schema's owner rule; give it rules of its own"
                        + " (e.g. `.authorization(allow -> List.of(allow.authenticated()))`).");
            }
        }
        schema.models().forEach(model -> AuthFieldChecks.check(model, schema.effectiveRules(model)));
        schema.models().forEach(model -> FieldReadChecks.check(model, schema.effectiveRules(model)));
        if (!schema.resourceGrants().isEmpty()) {
            return;
        }
        for (Model model : schema.models()) {
            if (schema.effectiveRules(model).isEmpty()) {
                throw new SchemaException("Model `" + model.name() + "` is missing authorization rules. Add global"
                        + " rules to the schema or ensure every model has its own rules.");
            }
        }
    }

    private DataSchema run(List<EntryShape> entries) {
        entries.forEach(this::declare);
        List<Model> models = new ArrayList<>();
        List<EnumType> enums = new ArrayList<>();
        List<CustomType> customTypes = new ArrayList<>();
        List<CustomOperation> customOperations = new ArrayList<>();
        for (EntryShape entry : entries) {
            if (entry instanceof ModelEntry model) {
                models.add(resolveModel(model));
            } else if (entry instanceof OperationEntry operation) {
                customOperations.add(operations.resolve(operation));
            } else if (entry instanceof EnumEntry enumEntry) {
                EnumValues.check(enumEntry.name(), "enum `" + enumEntry.name() + "`", enumEntry.values());
                enums.add(new EnumType(enumEntry.name(), enumEntry.values()));
            } else {
                customTypes.add(resolveCustomType((CustomTypeEntry) entry));
            }
        }
        requireModel(models);
        RelationshipChecks.check(models);
        if (OperationResolver.anyAsync(customOperations)) {
            customTypes.add(OperationResolver.EVENT_INVOCATION_RESPONSE);
        }
        enums.addAll(fields.inlineEnums());
        customTypes.addAll(fields.inlineCustomTypes());
        IndexChecks.checkQueryFields(models);
        DataSchema schema = new DataSchema(models, enums, customTypes, List.<AuthRule>of(), List.of(),
                customOperations);
        ReservedNames.requireNoGeneratedClash(schema);
        return schema;
    }

    private void declare(EntryShape entry) {
        if (entry instanceof ModelEntry) {
            registry.declare(entry.name(), Kind.MODEL, "model `" + entry.name() + "`");
        } else if (entry instanceof OperationEntry) {
            return; // operations are root fields, not types
        } else if (entry instanceof EnumEntry) {
            registry.declare(entry.name(), Kind.ENUM, "enum `" + entry.name() + "`");
        } else {
            registry.declare(entry.name(), Kind.CUSTOM_TYPE, "custom type `" + entry.name() + "`");
        }
    }

    private Model resolveModel(ModelEntry entry) {
        ModelShape shape = entry.model();
        Model model = new Model(entry.name(), fields.resolve(Owner.model(entry.name()), shape.fields()),
                shape.identifier(), shape.secondaryIndexes(), shape.disabledOperations(), shape.authorization());
        ModelChecks.check(model);
        return model;
    }

    private CustomType resolveCustomType(CustomTypeEntry entry) {
        var resolved = fields.resolve(Owner.customType(entry.name()), entry.fields());
        AuthFieldChecks.requireNoFieldRules(entry.name(), resolved);
        FieldResolver.requireFields(entry.name(), resolved);
        return new CustomType(entry.name(), resolved);
    }

    private static void requireModel(List<Model> models) {
        if (models.isEmpty()) {
            throw new SchemaException("The schema declares no model. Add one, e.g. model(\"Todo\","
                    + " a.model(field(\"name\", a.string()))).");
        }
    }
}
