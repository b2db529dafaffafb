package dev.forte.cli;

import dev.forte.cli.internal.CliException;
import dev.forte.transform.AppSyncTransform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code forte generate graphql-schema}: writes the AppSync schema the sandbox serves. */
@Command(name = "graphql-schema", mixinStandardHelpOptions = true,
        description = "Writes the backend's GraphQL schema exactly as AppSync serves it.")
final class GenerateGraphqlSchemaCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin BackendOptions backend = new BackendOptions();

    @Option(names = "--out", paramLabel = "FILE",
            description = "The file to write (parent directories are created); without it the schema goes to "
                    + "standard output.")
    @Nullable Path out;

    GenerateGraphqlSchemaCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String sdl = AppSyncTransform.transform(backend.loadBackend(context).data()).appSyncSdl();
        if (out == null) {
            context.out().print(sdl);
            context.out().flush();
            return 0;
        }
        Path file = context.resolve(out);
        write(file, sdl);
        context.out().println("Wrote the GraphQL schema to " + file);
        return 0;
    }

    private static void write(Path file, String content) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("--out " + file + " could not be written (" + e + "). Give a writable file path.");
        }
    }
}
