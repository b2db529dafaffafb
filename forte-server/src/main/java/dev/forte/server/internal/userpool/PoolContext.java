package dev.forte.server.internal.userpool;

import dev.forte.backend.LoginWith;
import dev.forte.server.internal.auth.jwt.IssuerKeys;
import dev.forte.server.internal.auth.jwt.TokenMinter;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.storage.PoolUser;
import dev.forte.server.internal.storage.UserPoolStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every operation of the local pool works with: its keys (and the pool id in their issuer), its store, the
 * clock, where codes are delivered (the sandbox prints them), and what users sign in with.
 */
record PoolContext(IssuerKeys keys, UserPoolStore store, Clock clock, Consumer<String> messages,
        LoginWith loginWith) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Returns the pool id, e.g. {@code us-east-1_a1B2c3D4e}: the last segment of the issuer. */
    String userPoolId() {
        return userPoolIdOf(keys);
    }

    static String userPoolIdOf(IssuerKeys keys) {
        return keys.issuer().substring(keys.issuer().lastIndexOf('/') + 1);
    }

    /** Returns the pool's name in SRP: the id after its region, as aws-amplify takes it. */
    String poolName() {
        String id = userPoolId();
        return id.substring(id.indexOf('_') + 1);
    }

    /**
     * Returns the user named {@code username} (its internal username or, in an email pool, its email), or Cognito's
     * UserNotFoundException with {@code message}.
     */
    PoolUser user(String username, String message) {
        return store.find(username)
                .or(() -> loginWith == LoginWith.EMAIL ? store.findByEmail(username) : Optional.empty())
                .orElseThrow(() -> new CognitoException("UserNotFoundException", message));
    }

    /** Fails as Cognito does for a client id that is not the pool's one. */
    void checkClient(String clientId) {
        if (!clientId.equals(TokenMinter.CLIENT_ID)) {
            throw CognitoException.resourceNotFound("User pool client " + clientId
                    + " does not exist.");
        }
    }

    /** Returns a new six-digit code. */
    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
