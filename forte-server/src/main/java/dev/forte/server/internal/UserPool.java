package dev.forte.server.internal;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.server.ForteConfig;
import dev.forte.server.internal.auth.Authenticator;
import dev.forte.server.internal.auth.JwtAuthenticator;
import dev.forte.server.internal.auth.jwt.IssuerKeys;
import dev.forte.server.internal.http.JwksHandler;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.jspecify.annotations.Nullable;

/**
 * The user pool whose tokens the API accepts: none without {@code defineAuth()} (or a userPool default mode), an
 * external issuer when the config names one, else Forte's local pool, whose keys the server also serves.
 */
final class UserPool {
    private final @Nullable Authenticator authenticator;
    private final @Nullable String localJwks;
    private final @Nullable String issuer;

    private UserPool(@Nullable Authenticator authenticator, @Nullable String localJwks, @Nullable String issuer) {
        this.authenticator = authenticator;
        this.localJwks = localJwks;
        this.issuer = issuer;
    }

    static UserPool of(ForteConfig config) {
        Backend backend = config.backend();
        boolean userPools = backend.hasAuth()
                || backend.data().authorizationModes().defaultAuthorizationMode() == AuthorizationMode.USER_POOL;
        if (!userPools) {
            return new UserPool(null, null, null);
        }
        if (config.userPoolIssuer() != null) {
            return new UserPool(JwtAuthenticator.remote(config.userPoolIssuer()), null, config.userPoolIssuer());
        }
        IssuerKeys keys = IssuerKeys.openOrCreate(config.dataDirectory());
        return new UserPool(JwtAuthenticator.local(keys), keys.publicJwks(), keys.issuer());
    }

    Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator);
    }

    /** Returns the {@code iss} of the pool's tokens; empty without a pool. */
    Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** Returns {@code graphql} preceded by the JWKS endpoint when the pool is local. */
    Handler withJwks(Handler graphql) {
        return localJwks == null ? graphql : new Handler.Sequence(new JwksHandler(localJwks), graphql);
    }
}
