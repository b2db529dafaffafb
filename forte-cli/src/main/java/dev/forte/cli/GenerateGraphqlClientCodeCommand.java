package dev.forte.cli;

import dev.forte.backend.DataDefinition;
import dev.forte.cli.internal.CliException;
import dev.forte.cli.internal.GeneratedFileSet;
import dev.forte.codegen.StatementGenerator;
import dev.forte.codegen.StatementOptions;
import dev.forte.codegen.StatementTarget;
import dev.forte.codegen.introspection.ModelIntrospection;
import dev.forte.codegen.models.AndroidModels;
import dev.forte.codegen.models.JavaModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forte generate graphql-client-code}: the statements (and TypeScript types) a client or function sends, as
 * {@code ampx generate graphql-client-code} writes them, plus Forte's typed Java statements; with {@code --format
 * modelgen}, Amplify Android's model classes ({@code --model-target java}) or Forte's typed records
 * ({@code forte-java}).
 */
@Command(name = "graphql-client-code", mixinStandardHelpOptions = true,
        description = "Writes the GraphQL statements (queries, mutations, subscriptions) of the backend's API, "
                + "with TypeScript types or as typed Java; --check tells whether --out is current.")
final class GenerateGraphqlClientCodeCommand implements Callable<Integer> {
    private static final String DEFAULT_MODEL_PACKAGE = "dev.forte.generated.models";
    private static final String MODEL_TARGETS = "java (Amplify Android's classes) or forte-java (typed records for "
            + "Forte's Java client)";

    private final CliContext context;

    @Mixin BackendOptions backend = new BackendOptions();

    @Option(names = "--schema", paramLabel = "FILE.graphql",
            description = "Generate from this AppSync schema (SDL) instead of a backend.")
    @Nullable Path schema;

    @Option(names = "--out", paramLabel = "DIR", description = "The directory to write to (default: the current "
            + "directory). The java target writes its package directories below it.")
    @Nullable Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "graphql-codegen",
            description = "graphql-codegen (default), modelgen or introspection.")
    String format = "graphql-codegen";

    @Option(names = "--statement-target", paramLabel = "TARGET", defaultValue = "typescript",
            description = "graphql, typescript (default), javascript or java.")
    String statementTarget = "typescript";

    @Option(names = "--type-target", paramLabel = "TARGET",
            description = "typescript: write API.ts (the default with the typescript statement target).")
    @Nullable String typeTarget;

    @Option(names = "--statement-max-depth", paramLabel = "N", defaultValue = "2",
            description = "How many levels of relationships a selection follows (default 2); custom types are "
                    + "always selected in full.")
    int maxDepth = StatementOptions.DEFAULT_MAX_DEPTH;

    @Option(names = "--model-target", paramLabel = "TARGET", description = "The models of --format modelgen: java "
            + "(Amplify Android's classes, as ampx writes them) or forte-java (typed records for Forte's Java client).")
    @Nullable String modelTarget;

    @Option(names = "--java-package", paramLabel = "NAME", defaultValue = StatementOptions.DEFAULT_JAVA_PACKAGE,
            description = "The package of the java statement target (default ${DEFAULT-VALUE}).")
    String javaPackage = StatementOptions.DEFAULT_JAVA_PACKAGE;

    @Option(names = "--model-package", paramLabel = "NAME",
            description = "The package of --model-target forte-java (default " + DEFAULT_MODEL_PACKAGE + ").")
    @Nullable String modelPackage;

    @Option(names = "--check", description = "Write nothing; exit 1 naming the files in --out that differ from what "
            + "the current schema generates.")
    boolean check;

    GenerateGraphqlClientCodeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path directory = context.resolve(out == null ? Path.of("") : out);
        GeneratedFileSet files = new GeneratedFileSet(directory, generate());
        if (check) {
            return reportCheck(directory, files.staleFiles());
        }
        List<Path> written = files.write();
        context.out().println(describeWritten(directory, written));
        return 0;
    }

    /** Returns the line saying which files were written to {@code directory}. */
    static String describeWritten(Path directory, List<Path> written) {
        return "Wrote " + written.size() + " files to " + directory + ": "
                + String.join(", ", written.stream().map(file -> directory.relativize(file).toString()).toList());
    }

    /** Returns the graphql-codegen files of {@code data}'s API. */
    static Map<String, String> statements(DataDefinition data, StatementOptions options) {
        return StatementGenerator.generate(data, options).files();
    }

    private Map<String, String> generate() {
        if (schema != null && (backend.backendFile != null || backend.project != null)) {
            throw new CliException("--schema replaces the backend: give either --schema FILE or --project / "
                    + "--backend-file, not both.");
        }
        if (format.equals("introspection")) {
            return introspection();
        }
        if (format.equals("modelgen")) {
            return modelgen();
        }
        if (!format.equals("graphql-codegen")) {
            throw unsupportedFormat();
        }
        if (modelTarget != null) {
            throw new CliException("--model-target applies to --format modelgen, not --format " + format + ".");
        }
        StatementOptions options = statementOptions(statementTarget, typeTarget, maxDepth, javaPackage);
        return schema == null
                ? statements(backend.loadBackend(context).data(), options)
                : StatementGenerator.generate(readSchema(context.resolve(schema)), options).files();
    }

    /** Returns the statement options these flags describe; the TypeScript target writes API.ts by default. */
    static StatementOptions statementOptions(String statementTarget, @Nullable String typeTarget, int maxDepth,
            String javaPackage) {
        StatementTarget target = StatementTarget.fromOptionValue(statementTarget);
        boolean types = target == StatementTarget.TYPESCRIPT;
        if (typeTarget != null) {
            if (!typeTarget.equals("typescript")) {
                throw new CliException("--type-target " + typeTarget + " is not supported; Forte writes "
                        + "typescript types (API.ts) with --statement-target typescript, and typed Java with "
                        + "--statement-target java.");
            }
            types = true;
        }
        return StatementOptions.of(target).withTypeScriptTypes(types).withMaxDepth(maxDepth)
                .withJavaPackage(javaPackage);
    }

    private Map<String, String> introspection() {
        if (schema != null) {
            throw new CliException("--format introspection reads the models of a backend, which an AppSync schema "
                    + "does not name; give --project or --backend-file instead of --schema.");
        }
        return Map.of(ModelIntrospection.FILE_NAME, ModelIntrospection.of(backend.loadBackend(context).data()));
    }

    private Map<String, String> modelgen() {
        if (schema != null) {
            throw new CliException("--format modelgen reads the models of a backend, which an AppSync schema does not"
                    + " name; give --project or --backend-file instead of --schema.");
        }
        if (modelTarget == null) {
            throw new CliException("--format modelgen needs --model-target: Amplify's default typescript models are"
                    + " not generated; give " + MODEL_TARGETS + ".");
        }
        return switch (modelTarget) {
            case "java" -> androidModels();
            case "forte-java" -> forteModels();
            default -> throw new CliException("--model-target " + modelTarget + " is not supported; give "
                    + MODEL_TARGETS + ".");
        };
    }

    private Map<String, String> androidModels() {
        if (modelPackage != null) {
            throw new CliException("--model-package applies to --model-target forte-java; Amplify Android's classes"
                    + " (--model-target java) are always in package com.amplifyframework.datastore.generated.model."
                    + " Leave out --model-package.");
        }
        try {
            return AndroidModels.generate(backend.loadBackend(context).data());
        } catch (IllegalArgumentException e) {
            throw new CliException("--model-target java: " + e.getMessage(), e);
        }
    }

    private Map<String, String> forteModels() {
        try {
            return JavaModels.generate(backend.loadBackend(context).data(),
                    modelPackage == null ? DEFAULT_MODEL_PACKAGE : modelPackage);
        } catch (IllegalArgumentException e) {
            throw new CliException("--model-package " + e.getMessage(), e);
        }
    }

    private CliException unsupportedFormat() {
        return new CliException("--format " + format + " is not a format; use graphql-codegen, modelgen or "
                + "introspection.");
    }

    private int reportCheck(Path directory, List<String> stale) {
        if (stale.isEmpty()) {
            context.out().println("The generated code in " + directory + " is current.");
            return 0;
        }
        context.err().println("The generated code in " + directory + " is out of date: " + String.join(", ", stale)
                + ". Run the same command without --check to regenerate it.");
        return Main.FAILURE;
    }

    private static String readSchema(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new CliException("--schema " + file + " could not be read (" + e + "). Give the AppSync schema, "
                    + "e.g. what `forte generate graphql-schema --out FILE` writes.");
        }
    }
}
