package dev.forte.codegen.internal.statements;

import dev.forte.codegen.internal.names.ChangeCase;

/** Operation and type names the way Amplify's generators derive them from field names. */
public final class OperationNames {
    private OperationNames() {}

    /**
     * Returns {@code name} in PascalCase as the {@code change-case} package spells it: words split at lower-to-upper
     * changes and non-alphanumerics, each word capitalised with the rest lower-cased ({@code getURL} becomes {@code
     * GetUrl}), and a later word starting with a digit prefixed with {@code _}.
     */
    public static String pascalCase(String name) {
        return ChangeCase.pascalCase(name);
    }
}
