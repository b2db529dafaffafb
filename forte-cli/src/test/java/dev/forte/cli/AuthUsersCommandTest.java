package dev.forte.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.LocalUserPool;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forte auth add-to-group}, {@code remove-from-group} and {@code list-users} against the embedded database
 * of a running {@code forte serve --embedded-db} node whose users signed up through its Cognito API.
 */
class AuthUsersCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path directory;
    static RunningSandbox node;

    @BeforeAll
    static void startNode() throws Exception {
        Files.copy(Path.of("src/test/resources/backends/AuthBackend.java"), directory.resolve("AuthBackend.java"));
        node = RunningSandbox.serve(directory, "--backend-file", "AuthBackend.java", "--port", "0", "--embedded-db",
                "--data-dir", "node");
    }

    @AfterAll
    static void stopNode() throws Exception {
        node.stop();
    }

    @Test
    void groupsOfASignedUpUserAreAddedRemovedAndListedWhileTheNodeRuns() throws Exception {
        String username = "alice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String sub = signUp(username); // defineAuth() signs users in with their email: the username is the sub

        Cli.Result added = auth("add-to-group", "--user", username, "--group", "Admin");
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added " + username + " to Admin");
        assertThat(auth("add-to-group", "--user", username, "--group", "Editors").status()).isZero();
        assertThat(auth("add-to-group", "--user", username, "--group", "Admin").status()).isZero();
        assertThat(auth("list-users").out()).containsPattern(sub + "  " + sub + "  UNCONFIRMED  Admin,Editors  \\S+  "
                + Pattern.quote(username));

        Cli.Result removed = auth("remove-from-group", "--user", username, "--group", "Admin");
        assertThat(removed.status()).as(removed.err()).isZero();
        assertThat(auth("list-users").out()).contains(sub + "  " + sub + "  UNCONFIRMED  Editors  ");
    }

    @Test
    void anUnknownUserOrABadGroupNameIsRefusedWithWhatToDo() throws Exception {
        String username = "bob-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signUp(username);

        Cli.Result unknown = auth("add-to-group", "--user", "nobody", "--group", "Admin");
        Cli.Result tooLong = auth("add-to-group", "--user", username, "--group", "x".repeat(129));

        assertThat(unknown.status()).isEqualTo(Main.FAILURE);
        assertThat(unknown.err()).contains("There is no user `nobody`").contains("forte auth list-users");
        assertThat(auth("remove-from-group", "--user", "nobody", "--group", "Admin").err())
                .contains("There is no user `nobody`");
        assertThat(tooLong.status()).isEqualTo(Main.FAILURE);
        assertThat(tooLong.err()).contains("is not a Cognito group name: give 1 to 128 characters");
        assertThat(auth("list-users").out()).contains("  " + username).doesNotContain("xxxx");
    }

    @Test
    void aDataDirectoryWithoutADatabaseIsReportedWithWhatToDo() {
        Cli.Result result = Cli.in(directory).run("auth", "list-users", "--data-dir", "empty");

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).contains("There is no embedded database in").contains("--db");
    }

    /** Signs {@code username} up through the node's Cognito API, as aws-amplify's signUp does; returns its sub. */
    private static String signUp(String username) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("ClientId", LocalUserPool.CLIENT_ID, "Username", username,
                "Password", "Correct-Horse-9"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(node.endpoint()).resolve("/cognito-idp/"))
                        .header("content-type", "application/x-amz-json-1.1")
                        .header("x-amz-target", "AWSCognitoIdentityProviderService.SignUp")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("UserSub").asText();
    }

    private static Cli.Result auth(String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "auth";
        System.arraycopy(args, 0, command, 1, args.length);
        command[args.length + 1] = "--data-dir";
        command[args.length + 2] = "node";
        return Cli.in(directory).run(command);
    }
}
