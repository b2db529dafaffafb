package dev.forte.cli;

import dev.forte.backend.Backend;
import dev.forte.cli.internal.BackendLoader;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that choose which backend a command works on; shared by {@code sandbox} and {@code generate}. */
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

    private BackendLoader.FoundBackend findBackend(CliContext context, boolean compileAggregator) {
        BackendLoader loader = new BackendLoader(Main.class.getClassLoader());
        return backendFile == null
                ? loader.fromProject(projectDirectory(context), compileAggregator)
                : loader.fromSourceFile(context.resolve(backendFile), backendFile.toString());
    }
}
