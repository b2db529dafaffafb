package dev.forte.codegen.internal.types;

import dev.forte.codegen.internal.statements.AppSyncSchema;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;

/**
 * One property of a TypeScript type as Amplify's types generator models it. Object-typed properties keep their
 * list shape apart ({@code  Array<Address | null >}); everything else carries it in {@code typeName}
 * ({@code Array< string | null > | null}).
 */
record TsProperty(String name, String typeName, boolean nullable, boolean array, boolean elementNullable) {

    static TsProperty typename(String objectType) {
        return new TsProperty("__typename", "\"" + objectType + "\"", false, false, false);
    }

    static TsProperty of(AppSyncSchema schema, String name, Type<?> type) {
        boolean nullable = !(type instanceof NonNullType);
        String base = AppSyncSchema.baseName(type);
        if (!schema.isObject(base)) {
            return new TsProperty(name, typeName(schema, type, nullable), nullable, false, false);
        }
        Type<?> unwrapped = type instanceof NonNullType nonNull ? nonNull.getType() : type;
        if (unwrapped instanceof ListType list) {
            boolean elementNullable = !(list.getType() instanceof NonNullType);
            return new TsProperty(name, base, nullable, true, elementNullable);
        }
        return new TsProperty(name, nullable ? base + " | null" : base, nullable, false, false);
    }

    private static String typeName(AppSyncSchema schema, Type<?> type, boolean nullable) {
        if (type instanceof NonNullType nonNull) {
            return typeName(schema, nonNull.getType(), false);
        }
        String name;
        if (type instanceof ListType list) {
            name = "Array< " + typeName(schema, list.getType(), true) + " >";
        } else {
            name = scalarOrNamed(schema, AppSyncSchema.baseName(type));
        }
        return nullable ? name + " | null" : name;
    }

    private static String scalarOrNamed(AppSyncSchema schema, String name) {
        if (!schema.isLeaf(name) || schema.isEnum(name)) {
            return name;
        }
        return switch (name) {
            case "Int", "Float", "AWSTimestamp" -> "number";
            case "Boolean" -> "boolean";
            default -> "string";
        };
    }
}
