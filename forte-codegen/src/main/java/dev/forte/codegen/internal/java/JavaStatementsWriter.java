package dev.forte.codegen.internal.java;

import dev.forte.codegen.internal.statements.AppSyncSchema;
import dev.forte.codegen.internal.statements.Operation;
import dev.forte.codegen.internal.statements.OperationType;
import java.util.List;
import java.util.Map;

public final class JavaStatementsWriter {
    private JavaStatementsWriter() {}

    public static Map<String, String> write(AppSyncSchema schema, Map<OperationType, List<Operation>> byType,
            String javaPackage) {
        return Map.of();
    }
}
