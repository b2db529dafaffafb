package dev.forte.server;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a token minted by the {@link LocalUserPool} says: a Cognito-style access token for {@code username} in
 * {@code groups} ({@code cognito:groups}), with {@code email} when given, valid for {@code validity} from
 * {@code issuedAt}. A user of a pool whose users sign in with their email ({@link #forEmailUser}) has the
 * {@code sub} of that email as its username, as the pool generates it at sign-up.
 *
 * <pre>{@code
 * String jwt = LocalUserPool.open(dataDir).mint(TokenRequest.forUser("alice").groups("Admin").build());
 * }</pre>
 */
public record TokenRequest(String username, List<String> groups, @Nullable String email, Instant issuedAt,
        Duration validity, boolean emailLogin) {

    /** Cognito's default lifetime of an access token. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(1);

    public TokenRequest {
        groups = List.copyOf(groups);
        if (username.isBlank()) {
            throw new IllegalArgumentException("A token needs a username, e.g. --user alice.");
        }
    }

    /** Returns a builder for a token of {@code username}, issued now, valid for an hour, in no group. */
    public static Builder forUser(String username) {
        return new Builder(Objects.requireNonNull(username, "username"));
    }

    /**
     * Returns a builder for a token of the user who signs in with {@code email} ({@code defineAuth()}'s email login):
     * its {@code username} claim is its {@code sub}, and its {@code email} claim the address.
     */
    public static Builder forEmailUser(String email) {
        Builder builder = new Builder(Objects.requireNonNull(email, "email")).email(email);
        builder.emailLogin = true;
        return builder;
    }

    /** Builds a {@link TokenRequest}. */
    public static final class Builder {
        private final String username;
        private List<String> groups = List.of();
        private @Nullable String email;
        private Instant issuedAt = Instant.now();
        private Duration validity = DEFAULT_VALIDITY;
        private boolean emailLogin;

        private Builder(String username) {
            this.username = username;
        }

        /** Sets the user's groups, the {@code cognito:groups} claim. */
        public Builder groups(String... groups) {
            this.groups = List.of(groups);
            return this;
        }

        /** Sets the {@code email} claim. */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /** Sets when the token was issued ({@code iat}, {@code auth_time}). */
        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        /** Sets how long the token is valid after it was issued. */
        public Builder validity(Duration validity) {
            this.validity = validity;
            return this;
        }

        public TokenRequest build() {
            return new TokenRequest(username, groups, email, issuedAt, validity, emailLogin);
        }
    }
}
