package dev.forte.cli;

import dev.forte.cli.internal.StopSignal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process against a given working directory and environment, capturing what it prints. */
final class Cli {
    private final Path workingDirectory;
    private final Map<String, String> environment;

    Cli(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    static Cli in(Path workingDirectory) {
        return new Cli(workingDirectory, Map.of());
    }

    /** What a command printed and returned. */
    record Result(int status, String out, String err) {}

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(context(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), StopSignal.manual()), args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Parses {@code args} and returns the object the last named command parsed into. */
    <T> T parse(Class<T> command, String... args) {
        CommandLine.ParseResult parsed = Main.newCommandLine(context(System.out, System.err, StopSignal.manual()))
                .parseArgs(args);
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return command.cast(parsed.commandSpec().userObject());
    }

    CliContext context(PrintStream out, PrintStream err, StopSignal stop) {
        return new CliContext(out, err, workingDirectory, environment, stop);
    }
}
