package dev.forte.server.internal.userpool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordAttemptsTest {

    @Test
    void fourWrongPasswordsLockNothing() {
        assertThat(PasswordAttempts.lockout(4)).isZero();
    }

    @Test
    void theFifthLocksForFifteenSecondsAndEachFurtherOneDoubles() {
        assertThat(PasswordAttempts.lockout(5)).isEqualTo(Duration.ofSeconds(15));
        assertThat(PasswordAttempts.lockout(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(PasswordAttempts.lockout(9)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void theLockNeverExceedsFifteenMinutes() {
        assertThat(PasswordAttempts.lockout(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(PasswordAttempts.lockout(1_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
