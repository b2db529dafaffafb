package dev.forte.server.internal.userpool;

import dev.forte.server.internal.cognito.CognitoException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sign-up in a pool whose users sign in with their email ({@code loginWith: { email: true }}, Cognito's
 * {@code UsernameAttributes: [email]}): the username given is the email, Cognito's messages when it is not one, and
 * the internal username the pool generates is the user's {@code sub}, the same for the same email, so a second
 * sign-up with an address already taken fails on the username's key.
 */
final class EmailLogin {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private EmailLogin() {}

    /** Fails as Cognito does when {@code username} is not an email or differs from the {@code email} attribute. */
    static void checkSignUp(PoolContext pool, String username, Map<String, String> attributes) {
        if (!EMAIL.matcher(username).matches()) {
            throw CognitoException.invalidParameter("Username should be an email.");
        }
        String email = attributes.get("email");
        if (email != null && !email.isEmpty() && !email.equals(username)) {
            throw CognitoException.invalidParameter(
                    "User email should be empty or same as username, since username attribute is email.");
        }
        if (pool.store().findByEmail(username).isPresent()) {
            throw taken();
        }
    }

    /** Returns Cognito's error for an email another user signs in with. */
    static CognitoException taken() {
        return new CognitoException("UsernameExistsException", "An account with the given email already exists.");
    }
}
