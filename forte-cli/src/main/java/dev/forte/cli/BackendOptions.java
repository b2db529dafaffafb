package dev.forte.cli;

import dev.forte.backend.Backend;
import dev.forte.cli.internal.BackendLoader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that choose which backend a command works on; shared by {@code sandbox}, {@code serve} and
 * {@code generate}.
 */
final class BackendOptions {

    @Option(names = "--project", paramLabel = "DIR",
            description = "The Maven project holding the BackendDefinition (default: the current directory). "
                    + "An aggregator (packaging pom) is searched in its built modules.")
    @Nullable Path project;

    @Option(names = "--backend-file", paramLabel = "FILE.java",
            description = "A single Java source file implementing BackendDefinition, compiled in memory "
                    + "against Forte's own classpath. Replaces --project for finding the backend.")
    @Nullable Path backendFile;

    /** Returns the project directory: {@code --project}, else the working directory. */
    Path projectDirectory(CliContext context) {
        return project == null ? context.workingDirectory() : context.resolve(project);
    }

    /** Finds the chosen backend and calls its {@code define()}. */
    Backend loadBackend(CliContext context) {
        return findBackend(context).define();
    }

    /** Finds the chosen backend without calling it; it knows the classpath it was loaded from. */
    BackendLoader.FoundBackend findBackend(CliContext context) {
        return findBackend(context, false);
    }

    /**
     * Finds the chosen backend after its sources changed: as {@link #findBackend(CliContext)}, but an aggregator
     * project's modules are compiled first rather than read as they were built.
     */
    BackendLoader.FoundBackend findChangedBackend(CliContext context) {
        return findBackend(context, true);
    }

    /**
     * Finds the chosen backend as it was built, compiling no project (a {@code --backend-file} is still compiled in
     * memory): what a production node runs.
     */
    BackendLoader.FoundBackend findBuiltBackend(CliContext context) {
        BackendLoader loader = loader();
        return backendFile == null
                ? loader.fromBuiltProject(projectDirectory(context))
                : loader.fromSourceFile(context.resolve(backendFile), backendFile.toString());
    }

    private BackendLoader.FoundBackend findBackend(CliContext context, boolean compileAggregator) {
        BackendLoader loader = loader();
        return backendFile == null
                ? loader.fromProject(projectDirectory(context), compileAggregator)
                : loader.fromSourceFile(context.resolve(backendFile), backendFile.toString());
    }

    private static BackendLoader loader() {
        return new BackendLoader(Main.class.getClassLoader());
    }
}
