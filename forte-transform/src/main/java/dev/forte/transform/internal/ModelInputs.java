package dev.forte.transform.internal;

import dev.forte.schema.CustomType;
import dev.forte.schema.CustomTypeRef;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumRef;
import dev.forte.schema.Field;
import dev.forte.schema.FieldType;
import dev.forte.schema.Scalar;
import dev.forte.transform.internal.SdlDocument.Kind;
import java.util.List;
import java.util.Optional;

/** Adds a model's input types to the document, each once, as the model and key transformers create them. */
final class ModelInputs {
    private final DataSchema schema;
    private final SdlDocument doc;
    private final ModelShape model;

    ModelInputs(DataSchema schema, SdlDocument doc, ModelShape model) {
        this.schema = schema;
        this.doc = doc;
        this.model = model;
    }

    String filterInput() {
        return "Model" + model.name() + "FilterInput";
    }

    String conditionInput() {
        return "Model" + model.name() + "ConditionInput";
    }

    String subscriptionFilterInput() {
        return "ModelSubscription" + model.name() + "FilterInput";
    }

    /** Adds {@code <Type>Input} for each custom type the fields reach, depth first. */
    void addCustomTypeInputs(List<Field> fields) {
        for (Field field : fields) {
            if (!(field.type() instanceof CustomTypeRef ref) || doc.has(ref.name() + "Input")) {
                continue;
            }
            CustomType customType = schema.customType(ref.name()).orElseThrow(() -> new IllegalStateException(
                    "Field `" + field.name() + "` refers to the undeclared custom type `" + ref.name() + "`"));
            SdlDocument.Definition input = doc.add(Kind.INPUT, ref.name() + "Input");
            customType.fields().forEach(f -> input.field(f.name(), inputType(f)));
            addCustomTypeInputs(customType.fields());
        }
    }

    /** Adds the connection type and the list filter input with the enum filters it needs. */
    String addListInputs(List<String> connectionDirectives) {
        String connection = "Model" + model.name() + "Connection";
        if (!doc.has(connection)) {
            doc.add(Kind.TYPE, connection, connectionDirectives)
                    .field("items", "[" + model.name() + "]!")
                    .field("nextToken", "String");
        }
        addEnumFilters();
        if (!doc.has(filterInput())) {
            SdlDocument.Definition filter = doc.add(Kind.INPUT, filterInput());
            model.filterFields().forEach(f -> filterType(f, false).ifPresent(type -> filter.field(f.name(), type)));
            filter.field("and", "[" + filterInput() + "]").field("or", "[" + filterInput() + "]")
                    .field("not", filterInput());
            addAuthFieldFilters(filter);
        }
        return connection;
    }

    /**
     * Adds the connection type and filter input the relational transformer creates for a {@code hasMany} child
     * that has no list query: the filter has the child's declared scalar and enum fields only.
     */
    void addRelationshipListInputs(List<String> connectionDirectives) {
        String connection = "Model" + model.name() + "Connection";
        doc.add(Kind.TYPE, connection, connectionDirectives)
                .field("items", "[" + model.name() + "]!")
                .field("nextToken", "String");
        SdlDocument.Definition filter = doc.add(Kind.INPUT, filterInput());
        for (Field field : model.model().storedFields()) {
            if (field.type() instanceof EnumRef ref) {
                filter.field(field.name(), "Model" + ref.name() + "Input");
            } else if (field.type() instanceof Scalar scalar) {
                filter.field(field.name(), "Model" + scalarFilterBase(scalar) + "Input");
            }
        }
        filter.field("and", "[" + filterInput() + "]").field("or", "[" + filterInput() + "]")
                .field("not", filterInput());
    }

    /** Adds the mutations' condition input: no key fields, and the timestamps after {@code and/or/not}. */
    void addConditionInput() {
        addEnumFilters();
        if (doc.has(conditionInput())) {
            return;
        }
        SdlDocument.Definition condition = doc.add(Kind.INPUT, conditionInput());
        model.userFields().stream().filter(f -> !model.isKeyField(f.name()))
                .forEach(f -> filterType(f, false).ifPresent(type -> condition.field(f.name(), type)));
        condition.field("and", "[" + conditionInput() + "]").field("or", "[" + conditionInput() + "]")
                .field("not", conditionInput());
        for (String timestamp : List.of(ModelShape.CREATED_AT, ModelShape.UPDATED_AT)) {
            if (!model.declares(timestamp)) {
                condition.field(timestamp, "ModelStringInput");
            }
        }
        addAuthFieldFilters(condition);
    }

    /** The auth transformer adds its owner and group fields to the filters after the model transformer's. */
    private void addAuthFieldFilters(SdlDocument.Definition input) {
        model.authFields().forEach(field -> input.field(field.name(), "ModelStringInput"));
    }

    String addCreateInput() {
        String name = "Create" + model.name() + "Input";
        SdlDocument.Definition input = doc.add(Kind.INPUT, name);
        model.userFields().forEach(f -> input.field(f.name(), inputType(f)));
        if (model.model().hasDefaultIdentifier() && !model.declares("id")) {
            input.field("id", "ID");
        }
        return name;
    }

    String addUpdateInput() {
        String name = "Update" + model.name() + "Input";
        SdlDocument.Definition input = doc.add(Kind.INPUT, name);
        for (Field field : model.userFields()) {
            String type = inputType(field);
            boolean key = model.isKeyField(field.name());
            input.field(field.name(), key ? baseName(field) + "!" : stripRequired(type));
        }
        if (model.model().hasDefaultIdentifier() && !model.declares("id")) {
            input.field("id", "ID!");
        }
        return name;
    }

    String addDeleteInput() {
        String name = "Delete" + model.name() + "Input";
        SdlDocument.Definition input = doc.add(Kind.INPUT, name);
        model.model().identifier().forEach(key -> input.field(key, baseName(model.field(key)) + "!"));
        return name;
    }

    String addSubscriptionFilterInput() {
        addEnumFilters();
        if (!doc.has(subscriptionFilterInput())) {
            String name = subscriptionFilterInput();
            SdlDocument.Definition filter = doc.add(Kind.INPUT, name);
            model.filterFields().forEach(f -> filterType(f, true).ifPresent(type -> filter.field(f.name(), type)));
            filter.field("and", "[" + name + "]").field("or", "[" + name + "]");
            addAuthFieldFilters(filter);
        }
        return subscriptionFilterInput();
    }

    /** Returns the type of the argument carrying the condition on {@code sortKeys} of the key {@code keyName}. */
    String sortKeyConditionName(String keyName, List<String> sortKeys) {
        return sortKeys.size() == 1
                ? "Model" + keyConditionBase(model.field(sortKeys.get(0)).type()) + "KeyConditionInput"
                : AmplifyNames.compositeKeyConditionInput(model.name(), keyName);
    }

    /** Adds the key-condition input(s) for a sort key: a scalar one, or a composite condition and its key input. */
    void addSortKeyCondition(String keyName, List<String> sortKeys) {
        if (sortKeys.size() == 1) {
            addScalarKeyCondition(keyConditionBase(model.field(sortKeys.get(0)).type()));
            return;
        }
        String conditionName = AmplifyNames.compositeKeyConditionInput(model.name(), keyName);
        String keyInputName = AmplifyNames.compositeKeyInput(model.name(), keyName);
        if (doc.has(conditionName)) {
            return;
        }
        SdlDocument.Definition condition = doc.add(Kind.INPUT, conditionName);
        List.of("eq", "le", "lt", "ge", "gt").forEach(op -> condition.field(op, keyInputName));
        condition.field("between", "[" + keyInputName + "]").field("beginsWith", keyInputName);
        SdlDocument.Definition keyInput = doc.add(Kind.INPUT, keyInputName);
        sortKeys.forEach(key -> keyInput.field(key, model.field(key).type().graphqlName()));
    }

    private void addScalarKeyCondition(String base) {
        String name = "Model" + base + "KeyConditionInput";
        if (!doc.has(name)) {
            SdlDocument.Definition input = doc.add(Kind.INPUT, name);
            List.of("eq", "le", "lt", "ge", "gt").forEach(op -> input.field(op, base));
            input.field("between", "[" + base + "]");
            if (base.equals("String") || base.equals("ID")) {
                input.field("beginsWith", base);
            }
        }
    }

    /** Adds {@code Model<Enum>Input} and {@code Model<Enum>ListInput} for the model's enum fields. */
    private void addEnumFilters() {
        for (Field field : model.userFields()) {
            if (!(field.type() instanceof EnumRef ref)) {
                continue;
            }
            String type = ref.name();
            if (field.array() && !doc.has("Model" + type + "ListInput")) {
                doc.add(Kind.INPUT, "Model" + type + "ListInput")
                        .field("eq", "[" + type + "]").field("ne", "[" + type + "]")
                        .field("contains", type).field("notContains", type);
            } else if (!field.array() && !doc.has("Model" + type + "Input")) {
                doc.add(Kind.INPUT, "Model" + type + "Input").field("eq", type).field("ne", type);
            }
        }
    }

    private static Optional<String> filterType(Field field, boolean subscription) {
        FieldType type = field.type();
        if (type instanceof CustomTypeRef) {
            return Optional.empty();
        }
        if (type instanceof EnumRef ref) {
            return Optional.of(subscription ? "ModelSubscriptionStringInput"
                    : "Model" + ref.name() + (field.array() ? "ListInput" : "Input"));
        }
        return Optional.of("Model" + (subscription ? "Subscription" : "") + scalarFilterBase((Scalar) type) + "Input");
    }

    private static String scalarFilterBase(Scalar scalar) {
        return switch (scalar) {
            case ID -> "ID";
            case INT, AWS_TIMESTAMP -> "Int";
            case FLOAT -> "Float";
            case BOOLEAN -> "Boolean";
            default -> "String";
        };
    }

    private static String keyConditionBase(FieldType type) {
        if (type == Scalar.ID || type == Scalar.INT || type == Scalar.FLOAT) {
            return type.graphqlName();
        }
        return "String";
    }

    private static String baseName(Field field) {
        return field.type() instanceof CustomTypeRef ref ? ref.name() + "Input" : field.type().graphqlName();
    }

    private static String inputType(Field field) {
        String element = baseName(field) + (field.required() ? "!" : "");
        return field.array() ? "[" + element + "]" + (field.arrayRequired() ? "!" : "") : element;
    }

    private static String stripRequired(String type) {
        return type.endsWith("!") ? type.substring(0, type.length() - 1) : type;
    }
}
