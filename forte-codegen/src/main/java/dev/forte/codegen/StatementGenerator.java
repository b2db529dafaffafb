package dev.forte.codegen;

import dev.forte.backend.DataDefinition;
import dev.forte.codegen.internal.java.JavaStatementsWriter;
import dev.forte.codegen.internal.statements.AppSyncSchema;
import dev.forte.codegen.internal.statements.Operation;
import dev.forte.codegen.internal.statements.OperationType;
import dev.forte.codegen.internal.statements.OperationWalker;
import dev.forte.codegen.internal.statements.StatementFiles;
import dev.forte.codegen.internal.types.TypeScriptTypesWriter;
import dev.forte.transform.AppSyncTransform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the GraphQL statements of {@code forte generate graphql-client-code}: one named document per query,
 * mutation and subscription of the AppSync schema, as Amplify's generator writes them, in GraphQL, TypeScript (with
 * {@code API.ts}), JavaScript or typed Java.
 *
 * <pre>{@code
 * StatementOptions options = StatementOptions.of(StatementTarget.GRAPHQL);
 * GeneratedStatements statements = StatementGenerator.generate(backend.data(), options);
 * statements.files().get("mutations.graphql"); // "# this is an auto generated file. ...mutation CreateTodo(..."
 * }</pre>
 *
 * <p>Selections differ from Amplify's in one way: custom types are always selected in full, where Amplify cuts
 * them at {@code maxDepth} like relationships.
 */
public final class StatementGenerator {
    private StatementGenerator() {}

    /** Returns the statements for the AppSync schema of {@code data}. */
    public static GeneratedStatements generate(DataDefinition data, StatementOptions options) {
        return generate(AppSyncTransform.transform(data).appSyncSdl(), options);
    }

    /**
     * Returns the statements for an AppSync schema given as SDL (AppSync's scalars and directives need no
     * declarations).
     *
     * @throws StatementGenerationException when the SDL does not parse or uses what statements cannot select
     */
    public static GeneratedStatements generate(String appSyncSdl, StatementOptions options) {
        AppSyncSchema schema = AppSyncSchema.parse(appSyncSdl);
        OperationWalker walker = new OperationWalker(schema, options.maxDepth());
        Map<OperationType, List<Operation>> byType = new LinkedHashMap<>();
        for (OperationType type : OperationType.values()) {
            List<Operation> operations = walker.operations(type);
            if (!operations.isEmpty()) {
                byType.put(type, operations);
            }
        }
        return new GeneratedStatements(files(schema, byType, options));
    }

    private static Map<String, String> files(AppSyncSchema schema, Map<OperationType, List<Operation>> byType,
            StatementOptions options) {
        if (options.target() == StatementTarget.JAVA) {
            return JavaStatementsWriter.write(schema, byType, options.javaPackage());
        }
        Map<String, String> files = new LinkedHashMap<>();
        byType.forEach((type, operations) -> files.put(type.fileName() + extension(options.target()),
                switch (options.target()) {
                    case GRAPHQL -> StatementFiles.graphql(operations);
                    case TYPESCRIPT -> StatementFiles.typescript(type, operations);
                    case JAVASCRIPT, JAVA -> StatementFiles.javascript(operations);
                }));
        if (options.typeScriptTypes()) {
            List<Operation> all = new ArrayList<>();
            byType.values().forEach(all::addAll);
            files.put("API.ts", TypeScriptTypesWriter.write(schema, all));
        }
        return files;
    }

    private static String extension(StatementTarget target) {
        return switch (target) {
            case GRAPHQL -> ".graphql";
            case TYPESCRIPT -> ".ts";
            case JAVASCRIPT, JAVA -> ".js";
        };
    }
}
