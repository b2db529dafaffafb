package dev.forte.cli;

import dev.forte.server.LocalUserPool;
import dev.forte.server.TokenRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code forte auth token --user alice [--groups Admin,Editor] [--email a@example.com]}: prints a user-pool access
 * token signed by the sandbox's local pool, to send as the {@code Authorization} header. An email as the user
 * ({@code --user ada@example.com}) is a user of an email-login pool: its username is its {@code sub}.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Prints a user-pool access token for a local user, signed by the sandbox's key.",
        footer = {"", "Example:", "  curl -H \"Authorization: $(forte auth token --user alice)\" \\",
                "       -d '{\"query\":\"{ listTodos { items { id } } }\"}' http://127.0.0.1:20002/graphql"})
final class AuthTokenCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--user", required = true, paramLabel = "NAME",
            description = "The username, or the email of a user who signs in with one (the same name always gets "
                    + "the same sub).")
    String user = "";

    @Option(names = "--groups", split = ",", paramLabel = "GROUP",
            description = "The user's groups (cognito:groups), comma-separated.")
    List<String> groups = new ArrayList<>();

    @Option(names = "--email", paramLabel = "ADDRESS", description = "The email claim.")
    @Nullable String email;

    @Option(names = "--expires-in", paramLabel = "SECONDS", defaultValue = "3600",
            description = "How long the token is valid (default: ${DEFAULT-VALUE}).")
    long expiresInSeconds = 3600;

    @Mixin SandboxLocation sandbox = new SandboxLocation();

    AuthTokenCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (user.isBlank() || expiresInSeconds < 1) {
            context.err().println("Error: give a username (--user alice) and --expires-in of at least 1 second.");
            return Main.USAGE_ERROR;
        }
        boolean emailUser = user.contains("@");
        if (emailUser && email != null && !email.equals(user)) {
            context.err().println("Error: --user " + user + " is an email, the user's own address: leave out --email.");
            return Main.USAGE_ERROR;
        }
        Path data = sandbox.dataDirectory(context);
        TokenRequest request = (emailUser ? TokenRequest.forEmailUser(user) : TokenRequest.forUser(user).email(email))
                .groups(groups.toArray(String[]::new)).validity(Duration.ofSeconds(expiresInSeconds)).build();
        context.out().println(LocalUserPool.open(data).mint(request));
        return 0;
    }
}
