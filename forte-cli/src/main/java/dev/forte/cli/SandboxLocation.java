package dev.forte.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that find the sandbox a {@code function} or {@code auth} command works with. */
final class SandboxLocation {

    @Option(names = "--project", paramLabel = "DIR",
            description = "The project whose sandbox to use (default: the current directory).")
    @Nullable Path project;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data directory of the sandbox (default: <project>/.forte).")
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
