package dev.forte.codegen.internal.types;

import dev.forte.codegen.internal.statements.AppSyncSchema;
import dev.forte.codegen.internal.statements.Operation;
import dev.forte.codegen.internal.statements.Selection;
import dev.forte.codegen.internal.statements.StatementFiles;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code API.ts} in the shape of Amplify's {@code graphql-types-generator}: every used enum, input and object
 * type, then per operation its {@code ...Variables} type (empty without variables) and its result type, which
 * mirrors the selection.
 */
public final class TypeScriptTypesWriter {
    private final AppSyncSchema schema;
    private final CodeBuffer out = new CodeBuffer();

    private TypeScriptTypesWriter(AppSyncSchema schema) {
        this.schema = schema;
    }

    /** Returns {@code API.ts} for {@code operations} (queries, then mutations, then subscriptions). */
    public static String write(AppSyncSchema schema, List<Operation> operations) {
        TypeScriptTypesWriter writer = new TypeScriptTypesWriter(schema);
        writer.out.printOnNewline("/* tslint:disable */");
        writer.out.printOnNewline("/* eslint-disable */");
        writer.out.printOnNewline("//  This file was automatically generated and should not be edited.");
        UsedTypes.of(schema, operations).forEach(writer::declareType);
        operations.forEach(writer::declareOperation);
        writer.out.newline();
        return writer.out.toString();
    }

    private void declareType(String name) {
        schema.type(name).ifPresent(type -> {
            if (type instanceof EnumTypeDefinition enumType) {
                declareEnum(enumType);
            } else if (schema.isInput(name)) {
                typeDeclaration(name, () -> schema.inputFields(name).forEach(this::inputProperty));
            } else {
                typeDeclaration(name, () -> {
                    property(TsProperty.typename(name));
                    schema.fields(name).forEach(this::fieldProperty);
                });
            }
        });
    }

    private void declareEnum(EnumTypeDefinition type) {
        out.newlineIfNeeded();
        out.printOnNewline("export enum " + type.getName() + " {");
        for (EnumValueDefinition value : type.getEnumValueDefinitions()) {
            out.printOnNewline("  " + value.getName() + " = \"" + value.getName() + "\",");
        }
        out.printOnNewline("}");
        out.newline();
    }

    private void declareOperation(Operation operation) {
        String result = StatementFiles.resultTypeName(operation);
        typeDeclaration(result + "Variables", () -> operation.variables().forEach(this::inputProperty));
        typeDeclaration(result, () -> selected(operation.field(), ""));
    }

    private void typeDeclaration(String name, Runnable body) {
        out.newlineIfNeeded();
        out.newline();
        out.print("export type " + name + " = ");
        out.withinBlock(body, "{", "}");
        out.print(";");
    }

    private void inputProperty(InputValueDefinition field) {
        property(TsProperty.of(schema, field.getName(), field.getType()));
    }

    private void fieldProperty(FieldDefinition field) {
        property(TsProperty.of(schema, field.getName(), field.getType()));
    }

    private void selected(Selection selection, String parentType) {
        if (selection.isTypename()) {
            property(TsProperty.typename(parentType));
            return;
        }
        Type<?> type = selection.type().orElseThrow();
        TsProperty property = TsProperty.of(schema, selection.name(), type);
        if (!selection.hasBody()) {
            property(property);
            return;
        }
        String typeName = AppSyncSchema.baseName(type);
        out.printOnNewline(property.name() + (property.nullable() ? "?" : "") + ": ");
        if (property.array()) {
            out.print(" Array<");
        }
        out.withinBlock(() -> typenameFirst(selection.children()).forEach(child -> selected(child, typeName)),
                " {", "}");
        closeArrayAndNull(property, true);
        out.print(",");
    }

    /** Amplify's types compiler adds {@code __typename} in front of every selection and merges the duplicate. */
    private static List<Selection> typenameFirst(List<Selection> children) {
        List<Selection> ordered = new ArrayList<>();
        children.stream().filter(Selection::isTypename).findFirst().ifPresent(ordered::add);
        children.stream().filter(child -> !child.isTypename()).forEach(ordered::add);
        return ordered;
    }

    private void property(TsProperty property) {
        out.printOnNewline(property.name() + (property.nullable() ? "?" : "") + ": ");
        if (property.array()) {
            out.print(" Array<");
        }
        out.print(property.typeName());
        closeArrayAndNull(property, false);
        out.print(",");
    }

    /** Closes an array; a nested block always says it can be null, a named type only after an array. */
    private void closeArrayAndNull(TsProperty property, boolean block) {
        if (property.array()) {
            out.print(property.elementNullable() ? " | null >" : " >");
        }
        if (property.nullable() && (property.array() || block)) {
            out.print(" | null");
        }
    }
}
