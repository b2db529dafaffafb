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
import dev.forte.backend.LoginWith;
import dev.forte.data.a;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.LocalUserPool;
import dev.forte.server.TokenRequest;
import dev.forte.server.internal.storage.TestDatabases;
import dev.forte.server.internal.userpool.Srp;
import java.math.BigInteger;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local user pool's Cognito API over real HTTP and PostgreSQL, called as aws-amplify's Auth calls it: sign-up
 * with a printed code, SRP and password sign-in, refresh, revocation, password reset and change, and Cognito's
 * error for each failure.
 */
class UserPoolEndpointTest {
    private static final String PASSWORD = "Correct-Horse-9";
    private static final String CREATE = "mutation($text: String) { createNote(input: {text: $text}) { id text owner } }";
    private static final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private static TestDatabases.Schema schema;
    private static ForteServer server;
    private static LocalUserPool pool;
    private static CognitoClient cognito;

    @BeforeAll
    static void startServer() throws Exception {
        schema = TestDatabases.embedded().newSchema();
        String url = TestDatabases.embedded().postgres().jdbcUrl();
        server = ForteServer.start(config(Files.createTempDirectory("forte-user-pool"),
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.name()));
        pool = LocalUserPool.open(server.dataDirectory());
        cognito = new CognitoClient(server.userPoolEndpoint(), pool.userPoolId(), LocalUserPool.CLIENT_ID);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        schema.close();
    }

    private static ForteConfig config(Path dataDirectory, String jdbcUrl) {
        var schema = a.schema(model("Note", a.model(field("text", a.string()))
                .authorization(allow -> List.of(allow.owner()))));
        return ForteConfig.builder(Backend.of(defineAuth(LoginWith.USERNAME), defineData(DataProps.of(schema))))
                .dataDirectory(dataDirectory).jdbcUrl(jdbcUrl).userPoolMessages(messages::add).build();
    }

    @Test
    void signedUpUserConfirmsWithThePrintedCodeSignsInWithSrpAndOwnsWhatItCreates() throws Exception {
        String username = newUsername();
        JsonNode signedUp = signUp(username, PASSWORD, "ada@example.com");
        assertThat(signedUp.get("UserConfirmed").asBoolean()).isFalse();
        assertThat(signedUp.at("/CodeDeliveryDetails/Destination").asText()).isEqualTo("a***@e***");
        cognito.ok("ConfirmSignUp", object().put("Username", username).put("ConfirmationCode", code(username)));

        JsonNode result = body(cognito.srpSignIn(username, PASSWORD), 200).get("AuthenticationResult");

        Map<String, Object> access = claims(result.get("AccessToken").asText());
        Map<String, Object> id = claims(result.get("IdToken").asText());
        assertThat(access).containsEntry("token_use", "access").containsEntry("username", username)
                .containsEntry("client_id", LocalUserPool.CLIENT_ID).containsEntry("iss", issuer())
                .containsEntry("sub", signedUp.get("UserSub").asText()).containsKey("origin_jti");
        assertThat(id).containsEntry("token_use", "id").containsEntry("cognito:username", username)
                .containsEntry("aud", LocalUserPool.CLIENT_ID).containsEntry("email", "ada@example.com");
        assertThat(result.get("ExpiresIn").asInt()).isEqualTo(3600);
        JsonNode note = new UserPoolApi(server).call(result.get("AccessToken").asText(), CREATE,
                Map.of("text", "mine")).body().transform(body -> read(body).at("/data/createNote"));
        assertThat(note.get("owner").asText()).isEqualTo(username);
    }

    @Test
    void aSignedUpUserHasTheSubOfTheSameUsernamesMintedTokens() throws Exception {
        String username = newUsername();
        JsonNode signedUp = signUp(username, PASSWORD, null);

        String minted = pool.mint(TokenRequest.forUser(username).build());

        assertThat(claims(minted).get("sub")).isEqualTo(signedUp.get("UserSub").asText());
    }

    @Test
    void groupsReachTheTokensOfTheNextRefresh() throws Exception {
        String username = confirmedUser();
        JsonNode signedIn = body(passwordSignIn(username, PASSWORD), 200).get("AuthenticationResult");

        assertThat(server.addUserToGroup(username, "Admin")).isTrue();
        assertThat(server.addUserToGroup(username, "Admin")).isTrue();
        JsonNode refreshed = cognito.ok("GetTokensFromRefreshToken",
                object().put("RefreshToken", signedIn.get("RefreshToken").asText())).get("AuthenticationResult");

        assertThat(claims(signedIn.get("AccessToken").asText())).doesNotContainKey("cognito:groups");
        assertThat(claims(refreshed.get("AccessToken").asText())).containsEntry("cognito:groups", List.of("Admin"));
        assertThat(claims(refreshed.get("IdToken").asText())).containsEntry("cognito:groups", List.of("Admin"));
        assertThat(server.addUserToGroup("nobody-" + UUID.randomUUID(), "Admin")).isFalse();
    }

    @Test
    void passwordSignInChecksThePasswordBeforeConfirmation() throws Exception {
        String username = newUsername();
        signUp(username, PASSWORD, null);

        assertError(passwordSignIn(username, "Wrong-Horse-9"), "NotAuthorizedException",
                "Incorrect username or password.");
        assertError(passwordSignIn(username, PASSWORD), "UserNotConfirmedException", "User is not confirmed.");
        cognito.ok("ConfirmSignUp", object().put("Username", username).put("ConfirmationCode", code(username)));
        assertThat(body(passwordSignIn(username, PASSWORD), 200).at("/AuthenticationResult/RefreshToken").asText())
                .isNotEmpty();
    }

    @Test
    void fiveWrongPasswordsInARowLockPasswordSignInForAWhile() throws Exception {
        String username = confirmedUser();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertError(passwordSignIn(username, "Wrong-Horse-9"), "NotAuthorizedException",
                    "Incorrect username or password.");
        }

        assertThat(isLocked(username)).isTrue();
        lockForAnHour(username); // the lock lasts 15 s: a slow machine must not outlast it before the next requests
        assertError(cognito.srpSignIn(username, PASSWORD), "NotAuthorizedException", "Password attempts exceeded");
        assertError(passwordSignIn(username, PASSWORD), "NotAuthorizedException", "Password attempts exceeded");
    }

    @Test
    void aSignInForgetsEarlierWrongPasswords() throws Exception {
        String username = confirmedUser();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertError(cognito.srpSignIn(username, "Wrong-Horse-9"), "NotAuthorizedException",
                    "Incorrect username or password.");
        }

        assertThat(cognito.srpSignIn(username, PASSWORD).statusCode()).isEqualTo(200);
        assertError(passwordSignIn(username, "Wrong-Horse-9"), "NotAuthorizedException",
                "Incorrect username or password.");

        assertThat(isLocked(username)).isFalse();
        assertThat(passwordSignIn(username, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void srpSignInWithAWrongPasswordIsNotAuthorized() throws Exception {
        String username = confirmedUser();

        assertError(cognito.srpSignIn(username, "Wrong-Horse-9"), "NotAuthorizedException",
                "Incorrect username or password.");
    }

    @Test
    void srpSignInRefusesAnSrpAThatIsNotHexOrZeroModN() throws Exception {
        String username = confirmedUser();
        for (String srpA : List.of("not-hex", "0", Srp.N.multiply(BigInteger.TWO).toString(16))) {
            ObjectNode request = object().put("AuthFlow", "USER_SRP_AUTH");
            request.putObject("AuthParameters").put("USERNAME", username).put("SRP_A", srpA);

            assertError(cognito.call("InitiateAuth", request), "InvalidParameterException",
                    "SRP_A is not a valid value: give A = g^a mod N in hex, not 0 mod N.");
        }
        ObjectNode missing = object().put("AuthFlow", "USER_SRP_AUTH");
        missing.putObject("AuthParameters").put("USERNAME", username);
        assertError(cognito.call("InitiateAuth", missing), "InvalidParameterException",
                "Missing required parameter SRP_A");
    }

    @Test
    void signInOfAnUnknownUserIsUserNotFound() throws Exception {
        assertError(cognito.srpSignIn("nobody-" + UUID.randomUUID(), PASSWORD), "UserNotFoundException",
                "User does not exist.");
    }

    @Test
    void signUpRefusesATakenUsernameAndAWeakPassword() throws Exception {
        String username = newUsername();
        signUp(username, PASSWORD, null);

        assertError(cognito.call("SignUp", object().put("Username", username).put("Password", PASSWORD)),
                "UsernameExistsException", "User already exists");
        assertError(cognito.call("SignUp", object().put("Username", newUsername()).put("Password", "short")),
                "InvalidPasswordException", "Password did not conform with policy: Password not long enough");
        assertError(cognito.call("SignUp", object().put("Username", newUsername()).put("Password", "nosymbols9A")),
                "InvalidPasswordException", "Password did not conform with policy: Password must have symbol characters");
        assertError(cognito.call("SignUp", object().put("Password", PASSWORD)), "InvalidParameterException",
                "1 validation error detected: Value null at 'username' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void confirmationRefusesAWrongCodeAnExpiredCodeAndAConfirmedUser() throws Exception {
        String username = newUsername();
        signUp(username, PASSWORD, null);
        String code = code(username);

        assertError(confirm(username, code.equals("000000") ? "111111" : "000000"), "CodeMismatchException",
                "Invalid verification code provided, please try again.");
        expireCodes(username);
        assertError(confirm(username, code), "ExpiredCodeException",
                "Invalid code provided, please request a code again.");
        cognito.ok("ResendConfirmationCode", object().put("Username", username));
        assertThat(confirm(username, code(username)).statusCode()).isEqualTo(200);
        assertError(confirm(username, code), "NotAuthorizedException",
                "User cannot be confirmed. Current status is CONFIRMED");
        assertError(cognito.call("ResendConfirmationCode", object().put("Username", username)),
                "InvalidParameterException", "User is already confirmed.");
    }

    @Test
    void fiveWrongCodesVoidTheCode() throws Exception {
        String username = newUsername();
        signUp(username, PASSWORD, null);
        String code = code(username);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt < 5; attempt++) {
            assertError(confirm(username, wrong), "CodeMismatchException",
                    "Invalid verification code provided, please try again.");
        }
        assertError(confirm(username, wrong), "LimitExceededException", "Attempt limit exceeded, please try after some time.");
        assertError(confirm(username, code), "ExpiredCodeException", "Invalid code provided, please request a code again.");
    }

    @Test
    void refreshTokensRenewUntilRevoked() throws Exception {
        String username = confirmedUser();
        JsonNode result = body(passwordSignIn(username, PASSWORD), 200).get("AuthenticationResult");
        String refreshToken = result.get("RefreshToken").asText();

        JsonNode refreshed = cognito.ok("GetTokensFromRefreshToken", object().put("RefreshToken", refreshToken));
        ObjectNode byFlow = object().put("AuthFlow", "REFRESH_TOKEN_AUTH");
        byFlow.putObject("AuthParameters").put("REFRESH_TOKEN", refreshToken);
        JsonNode refreshedByFlow = cognito.ok("InitiateAuth", byFlow);
        cognito.ok("RevokeToken", object().put("Token", refreshToken));

        assertThat(claims(refreshed.at("/AuthenticationResult/AccessToken").asText()))
                .containsEntry("origin_jti", claims(result.get("AccessToken").asText()).get("origin_jti"));
        assertThat(refreshedByFlow.at("/AuthenticationResult/IdToken").asText()).isNotEmpty();
        assertError(cognito.call("GetTokensFromRefreshToken", object().put("RefreshToken", refreshToken)),
                "NotAuthorizedException", "Invalid Refresh Token");
        assertError(cognito.call("GetUser", object().put("AccessToken", result.get("AccessToken").asText())),
                "NotAuthorizedException", "Access Token has been revoked");
    }

    @Test
    void getUserListsTheAttributesAndGlobalSignOutEndsEverySignIn() throws Exception {
        String username = newUsername();
        signUp(username, PASSWORD, "grace@example.com");
        confirm(username, code(username));
        JsonNode first = body(passwordSignIn(username, PASSWORD), 200).get("AuthenticationResult");
        JsonNode second = body(cognito.srpSignIn(username, PASSWORD), 200).get("AuthenticationResult");
        String accessToken = first.get("AccessToken").asText();

        JsonNode user = cognito.ok("GetUser", object().put("AccessToken", accessToken));
        cognito.ok("GlobalSignOut", object().put("AccessToken", accessToken));

        assertThat(user.get("Username").asText()).isEqualTo(username);
        assertThat(user.get("UserAttributes").toString()).contains("\"Name\":\"sub\"")
                .contains("{\"Name\":\"email\",\"Value\":\"grace@example.com\"}");
        assertError(cognito.call("GetTokensFromRefreshToken",
                object().put("RefreshToken", second.get("RefreshToken").asText())), "NotAuthorizedException",
                "Invalid Refresh Token");
        assertError(cognito.call("GetUser", object().put("AccessToken", accessToken)), "NotAuthorizedException",
                "Access Token has been revoked");
        assertError(cognito.call("GetUser", object().put("AccessToken", "not-a-token")), "NotAuthorizedException",
                "Invalid Access Token");
    }

    @Test
    void forgottenPasswordIsResetWithThePrintedCode() throws Exception {
        String username = confirmedUser();
        cognito.ok("ForgotPassword", object().put("Username", username));
        String code = resetCode(username);

        assertError(cognito.call("ConfirmForgotPassword", object().put("Username", username)
                .put("ConfirmationCode", code).put("Password", "weak")), "InvalidPasswordException",
                "Password did not conform with policy: Password not long enough");
        assertError(cognito.call("ConfirmForgotPassword", object().put("Username", username)
                .put("ConfirmationCode", code.equals("000000") ? "111111" : "000000").put("Password", "New-Horse-10")),
                "CodeMismatchException", "Invalid verification code provided, please try again.");
        cognito.ok("ConfirmForgotPassword", object().put("Username", username).put("ConfirmationCode", code)
                .put("Password", "New-Horse-10"));

        assertError(passwordSignIn(username, PASSWORD), "NotAuthorizedException", "Incorrect username or password.");
        assertThat(cognito.srpSignIn(username, "New-Horse-10").statusCode()).isEqualTo(200);
        assertError(cognito.call("ForgotPassword", object().put("Username", "nobody-" + UUID.randomUUID())),
                "UserNotFoundException", "Username/client id combination not found.");
    }

    @Test
    void changePasswordNeedsThePreviousOne() throws Exception {
        String username = confirmedUser();
        String accessToken = body(passwordSignIn(username, PASSWORD), 200).at("/AuthenticationResult/AccessToken")
                .asText();

        assertError(cognito.call("ChangePassword", object().put("AccessToken", accessToken)
                .put("PreviousPassword", "Wrong-Horse-9").put("ProposedPassword", "New-Horse-10")),
                "NotAuthorizedException", "Incorrect username or password.");
        cognito.ok("ChangePassword", object().put("AccessToken", accessToken).put("PreviousPassword", PASSWORD)
                .put("ProposedPassword", "New-Horse-10"));

        assertError(passwordSignIn(username, PASSWORD), "NotAuthorizedException", "Incorrect username or password.");
        assertThat(passwordSignIn(username, "New-Horse-10").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnsupportedOperationIsUnknownOperationNamingIt() throws Exception {
        HttpResponse<String> response = cognito.send("AWSCognitoIdentityProviderService.AdminCreateUser", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = read(response.body());
        assertThat(error.get("__type").asText()).isEqualTo("UnknownOperationException");
        assertThat(error.get("message").asText()).contains("AWSCognitoIdentityProviderService.AdminCreateUser");
    }

    @Test
    void aForeignClientIdIsResourceNotFound() throws Exception {
        assertError(cognito.call("SignUp", object().put("ClientId", "another-client").put("Username", newUsername())
                .put("Password", PASSWORD)), "ResourceNotFoundException", "User pool client another-client does not exist.");
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationError() throws Exception {
        HttpResponse<String> response = cognito.send("AWSCognitoIdentityProviderService.SignUp", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(read(response.body()).get("__type").asText()).isEqualTo("SerializationException");
    }

    private static String newUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String confirmedUser() throws Exception {
        String username = newUsername();
        signUp(username, PASSWORD, null);
        assertThat(confirm(username, code(username)).statusCode()).isEqualTo(200);
        return username;
    }

    private static JsonNode signUp(String username, String password, String email) throws Exception {
        ObjectNode request = object().put("Username", username).put("Password", password);
        if (email != null) {
            request.putArray("UserAttributes").addObject().put("Name", "email").put("Value", email);
        }
        return cognito.ok("SignUp", request);
    }

    private static HttpResponse<String> confirm(String username, String code) throws Exception {
        return cognito.call("ConfirmSignUp", object().put("Username", username).put("ConfirmationCode", code));
    }

    private static HttpResponse<String> passwordSignIn(String username, String password) throws Exception {
        ObjectNode request = object().put("AuthFlow", "USER_PASSWORD_AUTH");
        request.putObject("AuthParameters").put("USERNAME", username).put("PASSWORD", password);
        return cognito.call("InitiateAuth", request);
    }

    /** Returns the latest sign-up code printed for {@code username}. */
    private static String code(String username) throws InterruptedException {
        return printed("Confirmation code for " + username + ": ");
    }

    private static String resetCode(String username) throws InterruptedException {
        return printed("Password reset code for " + username + ": ");
    }

    /** Waits for the line starting with {@code prefix} among the pool's messages (other tests' lines are kept). */
    private static synchronized String printed(String prefix) throws InterruptedException {
        Pattern line = Pattern.compile(Pattern.quote(prefix) + "(\\d{6})");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<String> others = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                String message = messages.poll(1, TimeUnit.SECONDS);
                if (message == null) {
                    continue;
                }
                Matcher matcher = line.matcher(message);
                if (matcher.matches()) {
                    return matcher.group(1);
                }
                others.add(message);
            }
            throw new AssertionError("No line `" + prefix + "NNNNNN` was printed; got " + others);
        } finally {
            messages.addAll(others);
        }
    }

    private static void expireCodes(String username) throws Exception {
        updateOneRow("UPDATE forte_user_pool_codes SET expires_at = now() - interval '1 minute' WHERE username = ?",
                username);
    }

    /** Runs {@code sql} on the test's schema, as PostgreSQL's clock sees it, where it must change one row. */
    private static void updateOneRow(String sql, String username) throws Exception {
        try (Connection connection = schema.dataSource().getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, username);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** Returns whether the pool has recorded a lock of the user's password sign-in. */
    private static boolean isLocked(String username) throws Exception {
        try (Connection connection = schema.dataSource().getConnection(); PreparedStatement select = connection
                .prepareStatement("SELECT locked_until IS NOT NULL FROM forte_user_pool_users WHERE username = ?")) {
            select.setString(1, username);
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getBoolean(1);
            }
        }
    }

    private static void lockForAnHour(String username) throws Exception {
        updateOneRow("UPDATE forte_user_pool_users SET locked_until = now() + interval '1 hour' WHERE username = ?",
                username);
    }

    private static String issuer() {
        return pool.issuer();
    }

    private static JsonNode body(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return read(response.body());
    }

    private static void assertError(HttpResponse<String> response, String type, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/x-amz-json-1.1");
        JsonNode error = read(response.body());
        assertThat(error.get("__type").asText()).as(response.body()).isEqualTo(type);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) throws Exception {
        return JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
    }
}
