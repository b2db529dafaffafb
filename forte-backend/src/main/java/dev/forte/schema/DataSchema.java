package dev.forte.schema;

import java.util.List;
import java.util.Optional;

/**
 * A complete data schema: models, enums and custom types in declaration order, the schema-level authorization
 * rules, the functions granted access to the data API ({@code allow.resource(fn)}, schema level only), and the
 * custom queries and mutations.
 */
public record DataSchema(
        List<Model> models,
        List<EnumType> enums,
        List<CustomType> customTypes,
        List<AuthRule> authorization,
        List<ResourceGrant> resourceGrants,
        List<CustomOperation> operations) {

    public DataSchema {
        models = List.copyOf(models);
        enums = List.copyOf(enums);
        customTypes = List.copyOf(customTypes);
        authorization = List.copyOf(authorization);
        resourceGrants = List.copyOf(resourceGrants);
        operations = List.copyOf(operations);
    }

    /** Returns a schema without custom operations. */
    public DataSchema(List<Model> models, List<EnumType> enums, List<CustomType> customTypes,
            List<AuthRule> authorization, List<ResourceGrant> resourceGrants) {
        this(models, enums, customTypes, authorization, resourceGrants, List.of());
    }

    /** Returns a copy of this schema with {@code rules} and {@code grants} at schema level. */
    public DataSchema withAuthorization(List<AuthRule> rules, List<ResourceGrant> grants) {
        return new DataSchema(models, enums, customTypes, rules, grants, operations);
    }

    /** Returns the model named {@code name}, if the schema declares one. */
    public Optional<Model> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** Returns the enum named {@code name}, if the schema declares one. */
    public Optional<EnumType> enumType(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Returns the custom type named {@code name}, if the schema declares one. */
    public Optional<CustomType> customType(String name) {
        return customTypes.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Returns the custom operations of {@code type}, in declaration order. */
    public List<CustomOperation> operations(OperationType type) {
        return operations.stream().filter(op -> op.type() == type).toList();
    }

    /** Returns the rules that apply to {@code operation}: its own when it has any, else the schema's. */
    public List<AuthRule> effectiveRules(CustomOperation operation) {
        return operation.authorization().isEmpty() ? authorization : operation.authorization();
    }

    /** Returns the rules that apply to {@code model}: its own when it has any, else the schema's (Amplify replaces, never merges). */
    public List<AuthRule> effectiveRules(Model model) {
        return model.authorization().isEmpty() ? authorization : model.authorization();
    }
}
