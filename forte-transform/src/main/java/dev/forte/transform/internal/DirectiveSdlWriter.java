package dev.forte.transform.internal;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.CustomType;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import dev.forte.schema.ModelOperation;
import dev.forte.schema.OperationType;
import dev.forte.schema.Relationship;
import dev.forte.schema.SecondaryIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the Amplify directive SDL, laid out as {@code a.schema(...).transform()} lays it out: enums, models with
 * {@code @model @auth(...)}, custom types as plain {@code type} (with the directives they inherit from custom
 * operations), hoisted inline types, the inputs of custom type arguments, then {@code type Mutation} and
 * {@code type Query} with the custom operations.
 */
public final class DirectiveSdlWriter {
    private DirectiveSdlWriter() {}

    /** Returns the directive SDL of {@code schema}. */
    public static String write(DataSchema schema) {
        CustomOperations operations = new CustomOperations(schema);
        Map<String, Set<String>> inherited = operations.inheritedDirectives();
        List<String> definitions = new ArrayList<>();
        for (Object type : SchemaOrder.of(schema)) {
            if (type instanceof EnumType enumType) {
                definitions.add(enumType(enumType));
            } else if (type instanceof CustomType customType) {
                String auth = String.join(" ", inherited.getOrDefault(customType.name(), Set.of()));
                definitions.add("type " + customType.name() + " " + auth + "\n{\n  " + fields(customType.fields())
                        + "\n}");
            } else {
                definitions.add(model(schema, (Model) type));
            }
        }
        operations.argumentInputs().forEach((name, fields) -> definitions.add("input " + name + " {\n  "
                + fields.stream().map(f -> f.name() + ": " + CustomOperations.argumentType(f))
                        .collect(Collectors.joining("\n  ")) + "\n}"));
        rootType(schema, OperationType.MUTATION).ifPresent(definitions::add);
        rootType(schema, OperationType.QUERY).ifPresent(definitions::add);
        return String.join("\n\n", definitions);
    }

    /** Returns {@code type Query {...}} with the custom queries (or mutations), as data-schema writes them. */
    private static Optional<String> rootType(DataSchema schema, OperationType type) {
        List<CustomOperation> operations = schema.operations(type);
        if (operations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(operations.stream()
                .map(op -> CustomOperations.signature(op) + ": " + op.returns().graphqlType() + " "
                        + functionDirective(op) + " " + auth(schema.effectiveRules(op)))
                .collect(Collectors.joining("\n  ", "type " + type.graphqlTypeName() + " {\n  ", "\n}")));
    }

    private static String functionDirective(CustomOperation operation) {
        String invocation = operation.handler().async() ? ", invocationType: Event" : "";
        return "@function(name: " + quote(operation.functionDirectiveName()) + invocation + ")";
    }

    private static String enumType(EnumType enumType) {
        return "enum " + enumType.name() + " {\n  " + String.join("\n  ", enumType.values()) + "\n}";
    }

    private static String fields(List<Field> fields) {
        return fields.stream().map(f -> f.name() + ": " + plainType(f)).collect(Collectors.joining("\n  "));
    }

    private static String model(DataSchema schema, Model model) {
        String modelDirective = modelDirective(model);
        String auth = auth(schema.effectiveRules(model));
        List<String> lines = new ArrayList<>();
        for (Field field : model.fields()) {
            lines.add(field.name() + ": " + modelFieldType(model, field) + indexes(model, field)
                    + ValidateDirectives.of(field) + fieldAuth(field));
        }
        return "type " + model.name() + " " + modelDirective + " " + auth + "\n{\n  " + String.join("\n  ", lines)
                + "\n}";
    }

    /** Field rules follow the type and its directives, as data-schema appends them. */
    private static String fieldAuth(Field field) {
        return field.authorization().isEmpty() ? "" : " " + auth(field.authorization());
    }

    private static String plainType(Field field) {
        String type = field.graphqlType();
        return field.defaultValue() == null ? type : type + " @default(value: " + quote(field.defaultValue()) + ")";
    }

    private static String modelFieldType(Model model, Field field) {
        if (field.type() instanceof Relationship relationship) {
            return field.graphqlType() + " @" + relationship.kind().builderName() + "(references: "
                    + relationship.references().stream().map(DirectiveSdlWriter::quote)
                            .collect(Collectors.joining(",", "[", "]")) + ")";
        }
        if (model.hasDefaultIdentifier() || !model.identifier().get(0).equals(field.name())) {
            return plainType(field);
        }
        List<String> sortKeys = model.identifier().subList(1, model.identifier().size());
        String primaryKey = sortKeys.isEmpty() ? "@primaryKey" : "@primaryKey(sortKeyFields: " + quoted(sortKeys) + ")";
        return field.type().graphqlName() + "! " + primaryKey;
    }

    private static String indexes(Model model, Field field) {
        StringBuilder out = new StringBuilder();
        for (ResolvedIndex index : ResolvedIndex.of(model)) {
            if (index.partitionKey().equals(field.name())) {
                out.append(' ').append(indexDirective(index));
            }
        }
        return out.toString();
    }

    private static String indexDirective(ResolvedIndex index) {
        SecondaryIndex declared = index.declared();
        List<String> attributes = new ArrayList<>();
        if (declared.name() != null) {
            attributes.add("name: " + quote(declared.name()));
        }
        if (!declared.sortKeys().isEmpty()) {
            attributes.add("sortKeyFields: " + quoted(declared.sortKeys()));
        }
        if (index.queryField() != null) {
            attributes.add("queryField: " + quote(index.queryField()));
        }
        return attributes.isEmpty() ? "@index" : "@index(" + String.join(", ", attributes) + ")";
    }

    /** Renders disabled operations as data-schema does: coarse groups first, {@code queries:null,mutations:{create:null}}. */
    static String modelDirective(Model model) {
        Map<String, @Nullable Map<String, String>> attributes = new LinkedHashMap<>();
        List<ModelOperation> ordered = Arrays.stream(ModelOperation.values())
                .filter(model.disabledOperations()::contains).toList();
        for (ModelOperation operation : ordered) {
            if (operation.group().isEmpty()) {
                attributes.put(operation.amplifyName(), null);
                continue;
            }
            String group = operation.group().get().amplifyName();
            if (!attributes.containsKey(group) || attributes.get(group) != null) {
                attributes.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(operation.amplifyName(), "null");
            }
        }
        if (attributes.isEmpty()) {
            return "@model";
        }
        return attributes.entrySet().stream().map(e -> e.getKey() + ":" + group(e.getValue()))
                .collect(Collectors.joining(",", "@model(", ")"));
    }

    private static String group(@Nullable Map<String, String> operations) {
        return operations == null ? "null" : operations.keySet().stream().map(op -> op + ":null")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String auth(List<AuthRule> rules) {
        if (rules.isEmpty()) {
            return "";
        }
        return rules.stream().map(DirectiveSdlWriter::rule).collect(Collectors.joining(",\n  ", "@auth(rules: [", "])"));
    }

    private static String rule(AuthRule rule) {
        List<String> parts = new ArrayList<>();
        parts.add("allow: " + rule.strategy().directiveName());
        AuthProvider provider = rule.provider();
        if (provider != null) {
            parts.add("provider: " + (provider == AuthProvider.IDENTITY_POOL ? "iam" : provider.directiveName()));
        }
        if (!rule.operations().isEmpty()) {
            parts.add("operations: [" + rule.operations().stream().map(AuthOperation::amplifyName)
                    .collect(Collectors.joining(", ")) + "]");
        }
        if (rule.groupsField() != null) {
            parts.add("groupsField: " + quote(rule.groupsField()));
        }
        if (rule.ownerField() != null) {
            parts.add("ownerField: " + quote(rule.ownerField()));
        }
        if (!rule.groups().isEmpty()) {
            parts.add("groups: " + quoted(rule.groups()));
        }
        if (rule.identityClaim() != null) {
            parts.add("identityClaim: " + quote(rule.identityClaim()));
        }
        if (rule.groupClaim() != null) {
            parts.add("groupClaim: " + quote(rule.groupClaim()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String quoted(List<String> values) {
        return values.stream().map(DirectiveSdlWriter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
