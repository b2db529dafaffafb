package dev.forte.server.internal.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.backend.LoginWith;
import dev.forte.server.internal.auth.jwt.TokenMinter;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.storage.PoolCode;
import dev.forte.server.internal.storage.PoolUser;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SignUp, ConfirmSignUp, ResendConfirmationCode, ForgotPassword and ConfirmForgotPassword. Codes are six digits,
 * "delivered" as a line of the sandbox's output; sign-up codes live 24 hours and reset codes one hour, as Cognito's.
 */
final class SignUpOperations {
    static final Duration SIGN_UP_CODE_VALIDITY = Duration.ofHours(24);
    static final Duration RESET_CODE_VALIDITY = Duration.ofHours(1);
    static final String SIGN_UP = "SIGN_UP";
    static final String FORGOT_PASSWORD = "FORGOT_PASSWORD";
    /** Wrong guesses after which a code is void and a new one must be requested. */
    static final int MAX_FAILED_ATTEMPTS = 5;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
    private static final String NOT_FOUND = "Username/client id combination not found.";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PoolContext pool;

    SignUpOperations(PoolContext pool) {
        this.pool = pool;
    }

    ObjectNode signUp(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        pool.checkClient(fields.required("ClientId"));
        String given = username(fields);
        String password = fields.required("Password");
        PasswordPolicy.check(password);
        Map<String, String> attributes = fields.attributes("UserAttributes");
        attributes.remove("sub");
        attributes.remove("email_verified");
        if (pool.loginWith() == LoginWith.EMAIL) {
            EmailLogin.checkSignUp(pool, given, attributes);
            attributes.put("email", given);
        }
        boolean emailLogin = pool.loginWith() == LoginWith.EMAIL;
        String sub = emailLogin ? TokenMinter.subjectOfEmail(pool.keys(), given)
                : TokenMinter.subjectOf(pool.keys(), given);
        String username = emailLogin ? sub : given;
        BigInteger salt = Srp.newSalt();
        PoolUser user = new PoolUser(username, sub, salt.toString(16),
                Srp.verifier(pool.poolName(), username, password, salt).toString(16),
                SignInResults.attributesJson(attributes), false, List.of(), pool.clock().instant());
        if (!pool.store().create(user)) {
            throw pool.loginWith() == LoginWith.EMAIL ? EmailLogin.taken() : new CognitoException(
                    "UsernameExistsException", "User already exists");
        }
        ObjectNode response = MAPPER.createObjectNode();
        response.put("UserConfirmed", false);
        response.put("UserSub", sub);
        response.set("CodeDeliveryDetails", sendCode(user, SIGN_UP));
        return response;
    }

    ObjectNode confirmSignUp(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        pool.checkClient(fields.required("ClientId"));
        PoolUser user = pool.user(fields.required("Username"), NOT_FOUND);
        String code = fields.required("ConfirmationCode");
        if (user.confirmed()) {
            throw CognitoException.notAuthorized("User cannot be confirmed. Current status is CONFIRMED");
        }
        checkCode(user, SIGN_UP, code);
        pool.store().confirm(user.username());
        return MAPPER.createObjectNode();
    }

    ObjectNode resendConfirmationCode(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        pool.checkClient(fields.required("ClientId"));
        PoolUser user = pool.user(fields.required("Username"), NOT_FOUND);
        if (user.confirmed()) {
            throw CognitoException.invalidParameter("User is already confirmed.");
        }
        return delivery(sendCode(user, SIGN_UP));
    }

    ObjectNode forgotPassword(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        pool.checkClient(fields.required("ClientId"));
        PoolUser user = pool.user(fields.required("Username"), NOT_FOUND);
        return delivery(sendCode(user, FORGOT_PASSWORD));
    }

    ObjectNode confirmForgotPassword(JsonNode request) {
        RequestFields fields = new RequestFields(request);
        pool.checkClient(fields.required("ClientId"));
        PoolUser user = pool.user(fields.required("Username"), NOT_FOUND);
        String code = fields.required("ConfirmationCode");
        String password = fields.required("Password");
        PasswordPolicy.check(password);
        checkCode(user, FORGOT_PASSWORD, code);
        AccountOperations.setPassword(pool, user, password);
        pool.store().deleteCode(user.username(), FORGOT_PASSWORD);
        return MAPPER.createObjectNode();
    }

    private static String username(RequestFields fields) {
        String username = fields.required("Username");
        if (username.length() > 128 || !USERNAME.matcher(username).matches()) {
            throw CognitoException.invalidParameter("1 validation error detected: Value at 'username' failed to "
                    + "satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        }
        return username;
    }

    private void checkCode(PoolUser user, String purpose, String code) {
        PoolCode expected = pool.store().code(user.username(), purpose)
                .orElseThrow(() -> new CognitoException("ExpiredCodeException",
                        "Invalid code provided, please request a code again."));
        if (!expected.code().equals(code)) {
            if (pool.store().countFailedAttempt(user.username(), purpose) >= MAX_FAILED_ATTEMPTS) {
                pool.store().deleteCode(user.username(), purpose);
                throw new CognitoException("LimitExceededException", "Attempt limit exceeded, please try after "
                        + "some time.");
            }
            throw new CognitoException("CodeMismatchException",
                    "Invalid verification code provided, please try again.");
        }
        if (!expected.expiresAt().isAfter(pool.clock().instant())) {
            throw new CognitoException("ExpiredCodeException", "Invalid code provided, please request a code again.");
        }
    }

    /** Makes, keeps and prints a new code; returns the {@code CodeDeliveryDetails} that say where it went. */
    private ObjectNode sendCode(PoolUser user, String purpose) {
        String code = PoolContext.newCode();
        Duration validity = purpose.equals(SIGN_UP) ? SIGN_UP_CODE_VALIDITY : RESET_CODE_VALIDITY;
        Instant expiresAt = pool.clock().instant().plus(validity);
        pool.store().saveCode(user.username(), purpose, new PoolCode(code, expiresAt));
        String email = SignInResults.attributes(user).get("email");
        String loginName = pool.loginWith() == LoginWith.EMAIL && email != null ? email : user.username();
        pool.messages().accept((purpose.equals(SIGN_UP) ? "Confirmation code for " : "Password reset code for ")
                + loginName + ": " + code);
        ObjectNode details = MAPPER.createObjectNode();
        details.put("Destination", email == null ? "the sandbox's output" : masked(email));
        details.put("DeliveryMedium", "EMAIL");
        details.put("AttributeName", "email");
        return details;
    }

    private static ObjectNode delivery(ObjectNode details) {
        ObjectNode response = MAPPER.createObjectNode();
        response.set("CodeDeliveryDetails", details);
        return response;
    }

    /** Returns the address as Cognito shows it: {@code a***@e***}. */
    static String masked(String email) {
        int at = email.indexOf('@');
        if (at < 1 || at == email.length() - 1) {
            return email.charAt(0) + "***";
        }
        return email.charAt(0) + "***@" + email.charAt(at + 1) + "***";
    }
}
