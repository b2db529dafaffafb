package dev.forte.codegen.internal.android;

import dev.forte.codegen.internal.names.ChangeCase;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.FieldDefinition;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectField;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the directive SDL into the types Amplify's model generator works on, in document order: models (with the
 * implicit {@code id} and the timestamps added), non-models and enums. Root operation types, inputs and the types
 * Amplify's own directive definitions declare are left out, as the generator leaves them out.
 */
final class SdlReader {
    /** The enums and inputs of Amplify's directive definitions, which the generator skips by name. */
    private static final Set<String> SKIPPED = Set.of("AMPLIFY", "AuthRule", "AuthStrategy", "AuthProvider",
            "ModelOperation", "HttpMethod", "HttpHeader", "ModelMutationMap", "ModelQueryMap",
            "ModelSubscriptionMap", "ModelSubscriptionLevel", "TimestampConfiguration", "PredictionsActions",
            "SearchableQueryMap");
    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    private final Map<String, TypeShape> models = new LinkedHashMap<>();
    private final Map<String, TypeShape> nonModels = new LinkedHashMap<>();
    private final Map<String, EnumShape> enums = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();

    private SdlReader() {}

    static ModelgenSchema read(String sdl) {
        SdlReader reader = new SdlReader();
        for (Definition<?> definition : Parser.parse(sdl).getDefinitions()) {
            reader.add(definition);
        }
        return new ModelgenSchema(reader.models, reader.nonModels, reader.enums, reader.order);
    }

    private void add(Definition<?> definition) {
        if (definition instanceof ObjectTypeDefinition type && !SKIPPED.contains(type.getName())) {
            addObjectType(type);
        } else if (definition instanceof EnumTypeDefinition enumType && !SKIPPED.contains(enumType.getName())) {
            Map<String, String> values = new LinkedHashMap<>();
            enumType.getEnumValueDefinitions().forEach(v -> values.put(ChangeCase.constantCase(v.getName()), v.getName()));
            enums.put(enumType.getName(), new EnumShape(enumType.getName(), List.copyOf(values.values())));
            order.add(enumType.getName());
        }
    }

    private void addObjectType(ObjectTypeDefinition type) {
        List<Directive> directives = directives(type.getDirectives());
        List<FieldShape> fields = type.getFieldDefinitions().stream().map(SdlReader::field).toList();
        boolean model = directives.stream().anyMatch(d -> d.name().equals("model"));
        if (model) {
            models.put(type.getName(), ModelFields.complete(type.getName(), directives, fields));
            order.add(type.getName());
        } else if (!ROOT_TYPES.contains(type.getName())) {
            nonModels.put(type.getName(), new TypeShape(type.getName(), directives, fields, null, false));
            order.add(type.getName());
        }
    }

    private static FieldShape field(FieldDefinition definition) {
        Type<?> type = definition.getType();
        boolean list = false;
        @Nullable Boolean listNullable = null;
        if (type instanceof NonNullType nonNull && nonNull.getType() instanceof ListType listType) {
            list = true;
            listNullable = false;
            type = listType.getType();
        } else if (type instanceof ListType listType) {
            list = true;
            listNullable = true;
            type = listType.getType();
        }
        boolean nullable = !(type instanceof NonNullType);
        if (type instanceof NonNullType nonNull) {
            type = nonNull.getType();
        }
        String name = type instanceof TypeName typeName ? typeName.getName() : String.valueOf(type);
        return new FieldShape(definition.getName(), name, nullable, list, listNullable,
                directives(definition.getDirectives()), false, null);
    }

    private static List<Directive> directives(List<graphql.language.Directive> nodes) {
        List<Directive> result = new ArrayList<>();
        for (graphql.language.Directive node : nodes) {
            Map<String, @Nullable Object> arguments = new LinkedHashMap<>();
            node.getArguments().forEach(argument -> arguments.put(argument.getName(), value(argument.getValue())));
            result.add(new Directive(node.getName(), arguments));
        }
        return result;
    }

    /** Returns a literal as a plain value, as graphql-js's {@code valueFromASTUntyped} does. */
    private static @Nullable Object value(Value<?> value) {
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof EnumValue enumValue) {
            return enumValue.getName();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (value instanceof IntValue integer) {
            return integer.getValue().longValue();
        }
        if (value instanceof FloatValue decimal) {
            return decimal.getValue().doubleValue();
        }
        if (value instanceof ArrayValue array) {
            List<@Nullable Object> values = new ArrayList<>();
            array.getValues().forEach(v -> values.add(value(v)));
            return values;
        }
        if (value instanceof ObjectValue object) {
            Map<String, @Nullable Object> fields = new LinkedHashMap<>();
            for (ObjectField field : object.getObjectFields()) {
                fields.put(field.getName(), value(field.getValue()));
            }
            return fields;
        }
        return null;
    }
}
