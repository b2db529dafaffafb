package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.CognitoClient.JSON;
import static dev.forte.server.e2e.CognitoClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.LocalUserPool;
import dev.forte.server.TokenRequest;
import dev.forte.server.internal.storage.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pool whose users sign in with their email, as Amplify's default {@code defineAuth({ loginWith: { email: true }
 * })} makes one: sign-up takes the email as the username and the pool generates the internal one, sign-in takes
 * either, and Cognito's errors for a username that is not an email or an address already taken.
 */
class EmailLoginTest {
    private static final String PASSWORD = "Correct-Horse-9";
    private static final String CREATE = "mutation($text: String) { createNote(input: {text: $text}) { id owner } }";
    private static final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private static TestDatabases.Schema schema;
    private static ForteServer server;
    private static CognitoClient cognito;

    @BeforeAll
    static void startServer() throws Exception {
        schema = TestDatabases.embedded().newSchema();
        String url = TestDatabases.embedded().postgres().jdbcUrl();
        var notes = a.schema(model("Note", a.model(field("text", a.string()))
                .authorization(allow -> List.of(allow.owner()))));
        server = ForteServer.start(ForteConfig.builder(Backend.of(defineAuth(), defineData(DataProps.of(notes))))
                .dataDirectory(Files.createTempDirectory("forte-email-login"))
                .jdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.name())
                .userPoolMessages(messages::add).build());
        cognito = new CognitoClient(server.userPoolEndpoint(), LocalUserPool.open(server.dataDirectory())
                .userPoolId(), LocalUserPool.CLIENT_ID);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        schema.close();
    }

    @Test
    void signsUpWithTheEmailAndSignsInWithItUnderAGeneratedUsername() throws Exception {
        String email = newEmail();
        JsonNode signedUp = cognito.ok("SignUp", signUp(email, email));
        String sub = signedUp.get("UserSub").asText();
        assertThat(signedUp.at("/CodeDeliveryDetails/Destination").asText()).isEqualTo(email.charAt(0) + "***@e***");
        cognito.ok("ConfirmSignUp", object().put("Username", email).put("ConfirmationCode", code(email)));

        JsonNode result = ok(cognito.srpSignIn(email, PASSWORD)).get("AuthenticationResult");

        Map<String, Object> access = claims(result.get("AccessToken").asText());
        Map<String, Object> id = claims(result.get("IdToken").asText());
        assertThat(UUID.fromString(sub).toString()).isEqualTo(sub);
        assertThat(access).containsEntry("sub", sub).containsEntry("username", sub);
        assertThat(id).containsEntry("cognito:username", sub).containsEntry("email", email)
                .containsEntry("email_verified", true);
        JsonNode note = new UserPoolApi(server).call(result.get("AccessToken").asText(), CREATE,
                Map.of("text", "mine")).body().transform(body -> read(body).at("/data/createNote"));
        assertThat(note.get("owner").asText()).isEqualTo(sub);
    }

    @Test
    void passwordSignInAndSrpTakeTheEmailOrTheGeneratedUsername() throws Exception {
        String email = newEmail();
        String sub = cognito.ok("SignUp", signUp(email, null)).get("UserSub").asText();
        cognito.ok("ConfirmSignUp", object().put("Username", email).put("ConfirmationCode", code(email)));
        ObjectNode byEmail = object().put("AuthFlow", "USER_PASSWORD_AUTH");
        byEmail.putObject("AuthParameters").put("USERNAME", email).put("PASSWORD", PASSWORD);

        JsonNode withEmail = cognito.ok("InitiateAuth", byEmail).get("AuthenticationResult");
        JsonNode withUsername = ok(cognito.srpSignIn(sub, PASSWORD)).get("AuthenticationResult");

        assertThat(claims(withEmail.get("AccessToken").asText())).containsEntry("username", sub);
        assertThat(claims(withUsername.get("IdToken").asText())).containsEntry("email", email);
        assertThat(server.addUserToGroup(email, "Admin")).isTrue();
    }

    @Test
    void aTokenMintedForTheEmailIsTheSignedUpUsers() throws Exception {
        String email = newEmail();
        String sub = cognito.ok("SignUp", signUp(email, null)).get("UserSub").asText();

        Map<String, Object> minted = claims(LocalUserPool.open(server.dataDirectory())
                .mint(TokenRequest.forEmailUser(email).build()));

        assertThat(minted).containsEntry("sub", sub).containsEntry("username", sub).containsEntry("email", email);
    }

    @Test
    void theEmailSignsInAndIsTakenInAnyCase() throws Exception {
        String email = newEmail();
        String shouted = email.toUpperCase(Locale.ROOT);
        String sub = cognito.ok("SignUp", signUp(email, null)).get("UserSub").asText();
        cognito.ok("ConfirmSignUp", object().put("Username", shouted).put("ConfirmationCode", code(email)));

        JsonNode result = ok(cognito.srpSignIn(shouted, PASSWORD)).get("AuthenticationResult");

        assertThat(claims(result.get("AccessToken").asText())).containsEntry("username", sub);
        assertError(cognito.call("SignUp", signUp(shouted, null)), "UsernameExistsException",
                "An account with the given email already exists.");
    }

    @Test
    void rejectsASignUpWhoseUsernameIsNotAnEmail() throws Exception {
        assertError(cognito.call("SignUp", signUp("ada-" + UUID.randomUUID(), null)), "InvalidParameterException",
                "Username should be an email.");
    }

    @Test
    void rejectsAnEmailAttributeOtherThanTheUsername() throws Exception {
        assertError(cognito.call("SignUp", signUp(newEmail(), "other@example.com")), "InvalidParameterException",
                "User email should be empty or same as username, since username attribute is email.");
    }

    @Test
    void rejectsASecondSignUpWithAnEmailAlreadyTaken() throws Exception {
        String email = newEmail();
        cognito.ok("SignUp", signUp(email, null));

        assertError(cognito.call("SignUp", signUp(email, null)), "UsernameExistsException",
                "An account with the given email already exists.");
    }

    private static ObjectNode signUp(String username, String emailAttribute) {
        ObjectNode request = object().put("Username", username).put("Password", PASSWORD);
        if (emailAttribute != null) {
            request.putArray("UserAttributes").addObject().put("Name", "email").put("Value", emailAttribute);
        }
        return request;
    }

    private static String newEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Waits for the sign-up code printed for {@code email}; other lines are dropped (each test has its email). */
    private static String code(String email) throws InterruptedException {
        String prefix = "Confirmation code for " + email + ": ";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String message = messages.poll(1, TimeUnit.SECONDS);
            if (message != null && message.startsWith(prefix)) {
                return message.substring(prefix.length());
            }
        }
        throw new AssertionError("No line `" + prefix + "NNNNNN` was printed");
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response.body());
    }

    private static void assertError(HttpResponse<String> response, String type, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = read(response.body());
        assertThat(error.get("__type").asText()).as(response.body()).isEqualTo(type);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) throws Exception {
        return JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
    }
}
