package dev.forte.codegen;

import java.util.Objects;

/**
 * What {@link StatementGenerator} writes: the target language, how deep selections go, whether TypeScript types
 * ({@code API.ts}) come with TypeScript statements, and the package of Java statements.
 *
 * <pre>{@code
 * StatementOptions options = StatementOptions.of(StatementTarget.GRAPHQL).withMaxDepth(3);
 * }</pre>
 *
 * @param target the statement language
 * @param maxDepth how many levels of relationships (model-typed fields) a selection follows; custom types are
 *     always selected in full. Amplify's default is 2.
 * @param typeScriptTypes whether to write {@code API.ts} (typescript target only)
 * @param javaPackage the package of the java target's classes
 */
public record StatementOptions(StatementTarget target, int maxDepth, boolean typeScriptTypes, String javaPackage) {
    /** The default {@code --statement-max-depth}, as Amplify's. */
    public static final int DEFAULT_MAX_DEPTH = 2;
    /** The default package of the java target. */
    public static final String DEFAULT_JAVA_PACKAGE = "dev.forte.generated.graphql";

    public StatementOptions {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(javaPackage, "javaPackage");
        if (maxDepth < 1) {
            throw new StatementGenerationException("--statement-max-depth must be at least 1, got " + maxDepth
                    + ": statements select the fields of the type each operation returns.");
        }
        if (!javaPackage.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
            throw new StatementGenerationException("Java package `" + javaPackage
                    + "` is not a valid package name; use dotted identifiers, e.g. com.example.graphql.");
        }
        if (typeScriptTypes && target != StatementTarget.TYPESCRIPT) {
            throw new StatementGenerationException("--type-target typescript needs --statement-target typescript"
                    + " (the types describe the TypeScript statements), got --statement-target "
                    + target.optionValue() + ".");
        }
    }

    /** Returns the defaults for {@code target}: depth 2, {@code API.ts} with TypeScript, the default package. */
    public static StatementOptions of(StatementTarget target) {
        return new StatementOptions(target, DEFAULT_MAX_DEPTH, target == StatementTarget.TYPESCRIPT,
                DEFAULT_JAVA_PACKAGE);
    }

    /** Returns these options with {@code maxDepth}. */
    public StatementOptions withMaxDepth(int maxDepth) {
        return new StatementOptions(target, maxDepth, typeScriptTypes, javaPackage);
    }

    /** Returns these options with or without {@code API.ts}. */
    public StatementOptions withTypeScriptTypes(boolean typeScriptTypes) {
        return new StatementOptions(target, maxDepth, typeScriptTypes, javaPackage);
    }

    /** Returns these options with the java target's package. */
    public StatementOptions withJavaPackage(String javaPackage) {
        return new StatementOptions(target, maxDepth, typeScriptTypes, javaPackage);
    }
}
