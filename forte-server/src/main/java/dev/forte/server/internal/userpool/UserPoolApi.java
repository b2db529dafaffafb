package dev.forte.server.internal.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.backend.LoginWith;
import dev.forte.server.internal.auth.jwt.IssuerKeys;
import dev.forte.server.internal.cognito.CognitoService;
import dev.forte.server.internal.storage.UserPoolStore;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The local user pool's operations by their {@code X-Amz-Target} name ({@code
 * AWSCognitoIdentityProviderService.SignUp} is {@code SignUp}): what aws-amplify's Auth category calls.
 */
public final class UserPoolApi implements CognitoService {
    private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

    private final Map<String, Function<JsonNode, ObjectNode>> operations;
    private final String userPoolId;

    private UserPoolApi(PoolContext pool) {
        SignUpOperations signUp = new SignUpOperations(pool);
        SignInOperations signIn = new SignInOperations(pool);
        AccountOperations account = new AccountOperations(pool);
        this.userPoolId = pool.userPoolId();
        this.operations = Map.ofEntries(
                Map.entry("SignUp", signUp::signUp),
                Map.entry("ConfirmSignUp", signUp::confirmSignUp),
                Map.entry("ResendConfirmationCode", signUp::resendConfirmationCode),
                Map.entry("ForgotPassword", signUp::forgotPassword),
                Map.entry("ConfirmForgotPassword", signUp::confirmForgotPassword),
                Map.entry("InitiateAuth", signIn::initiateAuth),
                Map.entry("RespondToAuthChallenge", signIn::respondToAuthChallenge),
                Map.entry("GetTokensFromRefreshToken", signIn::getTokensFromRefreshToken),
                Map.entry("RevokeToken", signIn::revokeToken),
                Map.entry("GetUser", account::getUser),
                Map.entry("ChangePassword", account::changePassword),
                Map.entry("GlobalSignOut", account::globalSignOut));
    }

    /**
     * Returns the API of the pool whose keys are {@code keys} and whose users are in {@code store}; codes are
     * delivered to {@code messages} as lines ({@code Confirmation code for alice: 123456}).
     */
    public static UserPoolApi of(IssuerKeys keys, UserPoolStore store, Clock clock, Consumer<String> messages,
            LoginWith loginWith) {
        return new UserPoolApi(new PoolContext(keys, store, clock, messages, loginWith));
    }

    /** Returns the pool id clients configure, e.g. {@code us-east-1_a1B2c3D4e}. */
    public String userPoolId() {
        return userPoolId;
    }

    /** Returns the pool id of the pool whose keys are {@code keys}. */
    public static String userPoolId(IssuerKeys keys) {
        return PoolContext.userPoolIdOf(keys);
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public String name() {
        return "user pool";
    }

    @Override
    public Set<String> operations() {
        return operations.keySet();
    }

    @Override
    public ObjectNode call(String operation, ObjectNode input) {
        Function<JsonNode, ObjectNode> handler = operations.get(operation);
        if (handler == null) {
            throw new IllegalArgumentException("No user pool operation " + operation);
        }
        return handler.apply(input);
    }
}
