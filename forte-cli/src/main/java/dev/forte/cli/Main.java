package dev.forte.cli;

import dev.forte.ForteException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code forte} command line. {@link #run} parses the arguments, runs the command and returns its exit status:
 * 0 on success, 1 when the command failed, 2 when the command line itself is wrong.
 *
 * <pre>{@code
 * forte sandbox --port 0
 * forte serve --db jdbc:postgresql://db/app?user=forte --tls-cert fullchain.pem --tls-key privkey.pem
 * forte generate graphql-schema --out schema.graphql
 * forte generate graphql-client-code --statement-target graphql --out src/graphql
 * forte generate outputs --out-dir web
 * forte function invoke data-access --payload '{}'
 * forte auth token --user alice --groups Admin
 * forte api-key update da2-... --expires-in-days 90 --db jdbc:postgresql://db/app?user=forte
 * }</pre>
 */
@Command(name = "forte", mixinStandardHelpOptions = true, version = "forte 0.1.0-SNAPSHOT",
        description = "Serves an Amplify Gen 2 data backend defined in Java, wire-compatible with AWS AppSync.",
        subcommands = CommandLine.HelpCommand.class)
public final class Main implements Callable<Integer> {
    /** The exit status of a command that ran and failed. */
    public static final int FAILURE = 1;
    /** The exit status of a command line that could not be parsed. */
    public static final int USAGE_ERROR = 2;

    private final CliContext context;

    @Spec CommandSpec spec;

    private Main(CliContext context) {
        this.context = context;
    }

    /** Runs the command line and exits with its status. */
    public static void main(String... args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command {@code args} name, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(CliContext.system(out, err), args);
    }

    static int run(CliContext context, String... args) {
        return newCommandLine(context).execute(args);
    }

    /** Returns the command tree with its parsed-into objects, so tests can inspect what options became. */
    static CommandLine newCommandLine(CliContext context) {
        CommandLine generate = new CommandLine(new GenerateCommand(context))
                .addSubcommand(new GenerateGraphqlSchemaCommand(context))
                .addSubcommand(new GenerateGraphqlClientCodeCommand(context))
                .addSubcommand(new GenerateOutputsCommand(context));
        CommandLine function = new CommandLine(new FunctionCommand(context))
                .addSubcommand(new FunctionInvokeCommand(context))
                .addSubcommand(new FunctionEnvCommand(context));
        CommandLine auth = new CommandLine(new AuthCommand(context))
                .addSubcommand(new AuthTokenCommand(context))
                .addSubcommand(new AuthUserSubcommands.AddToGroup(context))
                .addSubcommand(new AuthUserSubcommands.RemoveFromGroup(context))
                .addSubcommand(new AuthUserSubcommands.ListUsers(context));
        CommandLine commandLine = new CommandLine(new Main(context))
                .addSubcommand(new SandboxCommand(context))
                .addSubcommand(new ServeCommand(context))
                .addSubcommand(generate)
                .addSubcommand(function)
                .addSubcommand(auth)
                .addSubcommand(ApiKeyCommand.withSubcommands(context));
        commandLine.setOut(new PrintWriter(context.out(), true));
        commandLine.setErr(new PrintWriter(context.err(), true));
        commandLine.setParameterExceptionHandler(Main::reportUsageError);
        commandLine.setExecutionExceptionHandler((failure, failed, parsed) -> reportFailure(failure, failed));
        return commandLine;
    }

    @Override
    public Integer call() {
        context.err().println("Choose a command: sandbox, serve, generate, function, auth or api-key.");
        spec.commandLine().usage(context.err());
        return USAGE_ERROR;
    }

    private static int reportUsageError(ParameterException failure, String[] args) {
        CommandLine failed = failure.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println("Error: " + failure.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(failure, err);
        err.println("Run `" + failed.getCommandSpec().qualifiedName() + " --help` for the options.");
        return USAGE_ERROR;
    }

    private static int reportFailure(Exception failure, CommandLine failed) {
        failed.getErr().println("Error: " + message(failure));
        return FAILURE;
    }

    /** Returns what to tell the user: a Forte message as is, anything else named with its type. */
    static String message(Throwable failure) {
        BindException portInUse = cause(failure, BindException.class);
        if (portInUse != null) {
            return "The port is in use (" + portInUse.getMessage() + "). Stop the other process, or choose another "
                    + "port with --port N (0 picks a free one).";
        }
        if (failure instanceof ForteException) {
            return String.valueOf(failure.getMessage());
        }
        if (failure instanceof InterruptedException) {
            return "Interrupted.";
        }
        return "unexpected " + failure + ". This is a bug in Forte; please report it with the command you ran.";
    }

    private static <T extends Throwable> @Nullable T cause(Throwable failure, Class<T> type) {
        for (@Nullable Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
