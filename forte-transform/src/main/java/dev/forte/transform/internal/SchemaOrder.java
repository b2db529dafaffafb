package dev.forte.transform.internal;

import dev.forte.schema.CustomOperation;
import dev.forte.schema.CustomType;
import dev.forte.schema.DataSchema;
import dev.forte.schema.EnumType;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * The order in which Amplify's {@code a.schema(...)} prints its types: named enums, models, named custom types,
 * then the types hoisted from inline definitions ({@code PlacePriority}, {@code PlaceMeta}, a custom operation's
 * {@code TodoSummaryReturnType}) in field order, models' before operations'.
 * The schema model keeps enums and custom types apart, so an inline type is recognised by its derived name.
 */
public final class SchemaOrder {
    private SchemaOrder() {}

    /** Returns the schema's types in Amplify's print order, each an {@link EnumType}, {@link CustomType} or {@link Model}. */
    public static List<Object> of(DataSchema schema) {
        List<String> inline = inlineTypeNames(schema);
        List<Object> types = new ArrayList<>();
        schema.enums().stream().filter(e -> !inline.contains(e.name())).forEach(types::add);
        types.addAll(schema.models());
        schema.customTypes().stream().filter(c -> !inline.contains(c.name())).forEach(types::add);
        for (String name : inline) {
            schema.enumType(name).ifPresent(types::add);
            schema.customType(name).ifPresent(types::add);
        }
        return types;
    }

    private static List<String> inlineTypeNames(DataSchema schema) {
        List<String> names = new ArrayList<>();
        for (Model model : schema.models()) {
            for (Field field : model.fields()) {
                addIfDerived(names, field, AmplifyNames.capitalize(model.name()) + AmplifyNames.capitalize(field.name()));
            }
        }
        for (CustomOperation operation : schema.operations()) {
            addIfDerived(names, operation.returns(), AmplifyNames.capitalize(operation.name()) + "ReturnType");
        }
        return names;
    }

    private static void addIfDerived(List<String> names, Field field, String derived) {
        if (field.type().graphqlName().equals(derived) && !names.contains(derived)) {
            names.add(derived);
        }
    }
}
