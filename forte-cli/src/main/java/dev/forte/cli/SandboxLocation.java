package dev.forte.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that find the running sandbox a {@code function} command talks to. */
final class SandboxLocation {

    @Option(names = "--project", paramLabel = "DIR",
            description = "The project whose sandbox runs the function (default: the current directory).")
    @Nullable Path project;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data directory of the running sandbox (default: <project>/.forte).")
    @Nullable Path dataDirectory;

    /** Returns {@code --data-dir}, else {@code <project>/.forte}, as {@code forte sandbox} chooses it. */
    Path dataDirectory(CliContext context) {
        if (dataDirectory != null) {
            return context.resolve(dataDirectory);
        }
        Path projectDirectory = project == null ? context.workingDirectory() : context.resolve(project);
        return projectDirectory.resolve(".forte");
    }
}
