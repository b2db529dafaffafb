package dev.forte.codegen.internal.statements;

import dev.forte.codegen.StatementGenerationException;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AppSync schema as the generators read it: types in declaration order, fields in declaration order (extensions
 * appended), and the root types. AppSync's scalars are implicit, as in the SDL AppSync is given.
 */
public final class AppSyncSchema {
    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    private final Map<String, TypeDefinition<?>> types;
    private final Map<String, List<FieldDefinition>> objectFields;
    private final Map<OperationType, String> roots;

    private AppSyncSchema(Map<String, TypeDefinition<?>> types, Map<String, List<FieldDefinition>> objectFields,
            Map<OperationType, String> roots) {
        this.types = types;
        this.objectFields = objectFields;
        this.roots = roots;
    }

    /** Parses an AppSync SDL, e.g. what {@code AppSyncTransform} writes. */
    public static AppSyncSchema parse(String sdl) {
        Document document = parseDocument(sdl);
        Map<String, TypeDefinition<?>> types = new LinkedHashMap<>();
        Map<String, List<FieldDefinition>> fields = new LinkedHashMap<>();
        Map<OperationType, String> roots = new LinkedHashMap<>();
        for (OperationType type : OperationType.values()) {
            roots.put(type, type.defaultRootName());
        }
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof SchemaDefinition schema) {
                schema.getOperationTypeDefinitions().forEach(root -> putRoot(roots, root));
            } else if (definition instanceof ObjectTypeExtensionDefinition extension) {
                fields.computeIfAbsent(extension.getName(), name -> new ArrayList<>())
                        .addAll(extension.getFieldDefinitions());
            } else if (definition instanceof TypeDefinition<?> type) {
                types.put(type.getName(), type);
                if (type instanceof ObjectTypeDefinition object) {
                    fields.computeIfAbsent(object.getName(), name -> new ArrayList<>())
                            .addAll(0, object.getFieldDefinitions());
                }
            }
        }
        return new AppSyncSchema(types, fields, roots);
    }

    private static Document parseDocument(String sdl) {
        try {
            return new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(sdl)
                    .parserOptions(ParserOptions.getDefaultSdlParserOptions()).build());
        } catch (InvalidSyntaxException e) {
            throw new StatementGenerationException("The GraphQL schema is not valid SDL: " + e.getMessage()
                    + ". Give the AppSync schema, e.g. what `forte generate graphql-schema` writes.");
        }
    }

    private static void putRoot(Map<OperationType, String> roots, OperationTypeDefinition root) {
        for (OperationType type : OperationType.values()) {
            if (type.keyword().equals(root.getName())) {
                roots.put(type, root.getTypeName().getName());
            }
        }
    }

    /** Returns the root fields of {@code type} in declaration order; empty when the schema has no such root. */
    public List<FieldDefinition> rootFields(OperationType type) {
        return objectFields.getOrDefault(roots.get(type), List.of());
    }

    /** Returns the named type, when the schema declares it (built-in and AppSync scalars are not declared). */
    public Optional<TypeDefinition<?>> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** Returns the fields of an object type in declaration order. */
    public List<FieldDefinition> fields(String objectType) {
        return objectFields.getOrDefault(objectType, List.of());
    }

    /** Returns the input fields of an input type in declaration order. */
    public List<InputValueDefinition> inputFields(String inputType) {
        return types.get(inputType) instanceof InputObjectTypeDefinition input
                ? input.getInputValueDefinitions() : List.of();
    }

    /** Returns whether the named type is selected without a sub-selection: a scalar or an enum. */
    public boolean isLeaf(String name) {
        TypeDefinition<?> type = types.get(name);
        return type == null || type instanceof EnumTypeDefinition || type instanceof ScalarTypeDefinition;
    }

    /** Returns whether {@code name} is an object type (not a scalar, enum, input or root). */
    public boolean isObject(String name) {
        return types.get(name) instanceof ObjectTypeDefinition;
    }

    public boolean isEnum(String name) {
        return types.get(name) instanceof EnumTypeDefinition;
    }

    public boolean isInput(String name) {
        return types.get(name) instanceof InputObjectTypeDefinition;
    }

    /** Returns whether {@code name} is one of GraphQL's five built-in scalars. */
    public static boolean isBuiltInScalar(String name) {
        return BUILT_IN_SCALARS.contains(name);
    }

    /**
     * Returns whether {@code name} is a custom type ({@code a.customType}): an object type that is neither a root,
     * a model (recognised by the inputs and connection the transform writes for every model) nor a connection.
     */
    public boolean isCustomType(String name) {
        if (!isObject(name) || roots.containsValue(name)) {
            return false;
        }
        boolean connection = name.startsWith("Model") && name.endsWith("Connection");
        boolean model = types.containsKey("Model" + name + "Connection")
                || types.containsKey("Model" + name + "FilterInput")
                || types.containsKey("Model" + name + "ConditionInput")
                || types.containsKey("Create" + name + "Input");
        return !connection && !model;
    }

    /** Returns the named type under any list and non-null wrappers. */
    public static String baseName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return baseName(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return baseName(list.getType());
        }
        return ((TypeName) type).getName();
    }
}
