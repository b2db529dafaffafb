package dev.forte.server.internal.userpool;

import dev.forte.server.internal.cognito.CognitoException;
import org.jspecify.annotations.Nullable;

/**
 * The password policy of Amplify's {@code defineAuth()} default (Cognito's default too): at least 8 characters,
 * with lowercase, uppercase, numeric and symbol characters; violations as Cognito words them.
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 8;
    private static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    private PasswordPolicy() {}

    /** @throws CognitoException InvalidPasswordException naming the first rule the password breaks */
    static void check(String password) {
        String broken = brokenRule(password);
        if (broken != null) {
            throw new CognitoException("InvalidPasswordException", "Password did not conform with policy: " + broken);
        }
    }

    private static @Nullable String brokenRule(String password) {
        if (password.length() < MIN_LENGTH) {
            return "Password not long enough";
        }
        if (password.chars().noneMatch(Character::isLowerCase)) {
            return "Password must have lowercase characters";
        }
        if (password.chars().noneMatch(Character::isUpperCase)) {
            return "Password must have uppercase characters";
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            return "Password must have numeric characters";
        }
        if (password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            return "Password must have symbol characters";
        }
        return null;
    }
}
