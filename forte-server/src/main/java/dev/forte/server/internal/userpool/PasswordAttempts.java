package dev.forte.server.internal.userpool;

import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.storage.PoolUser;
import java.time.Duration;

/**
 * Slows down password guessing as Cognito does: after {@link #FREE_FAILURES} wrong passwords in a row, password
 * sign-in is refused ("Password attempts exceeded") for a time that doubles with each further one, from
 * {@link #FIRST_LOCKOUT} up to {@link #MAX_LOCKOUT}; a successful sign-in forgets the count.
 */
final class PasswordAttempts {
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCKOUT = Duration.ofSeconds(15);
    static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);

    private final PoolContext pool;

    PasswordAttempts(PoolContext pool) {
        this.pool = pool;
    }

    /** @throws CognitoException NotAuthorizedException while the user is locked out */
    void checkNotLocked(PoolUser user) {
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(pool.clock().instant())) {
            throw CognitoException.notAuthorized("Password attempts exceeded");
        }
    }

    /** Counts a wrong password and returns the error to answer with. */
    CognitoException failed(PoolUser user) {
        pool.store().countFailedSignIn(user.username(), PasswordAttempts::lockout);
        return wrongPassword();
    }

    /** Cognito's answer to a wrong password or an unknown user, which it does not tell apart. */
    static CognitoException wrongPassword() {
        return CognitoException.notAuthorized("Incorrect username or password.");
    }

    void succeeded(PoolUser user) {
        if (user.failedSignIns() > 0) {
            pool.store().resetFailedSignIns(user.username());
        }
    }

    static Duration lockout(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << doublings);
        return lockout.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lockout;
    }
}
