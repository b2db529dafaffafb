package dev.forte.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.LoginWith;
import dev.forte.server.ForteConfig;
import dev.forte.server.internal.auth.Authenticator;
import dev.forte.server.internal.auth.JwtAuthenticator;
import dev.forte.server.internal.auth.jwt.IssuerKeys;
import dev.forte.server.internal.http.AwsJsonHandler;
import dev.forte.server.internal.http.JwksHandler;
import dev.forte.server.internal.storage.UserPoolStore;
import dev.forte.server.internal.userpool.UserPoolApi;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Handler;
import org.jspecify.annotations.Nullable;

/**
 * The user pool whose tokens the API accepts: none without {@code defineAuth()} (or a userPool default mode), an
 * external issuer when the config names one, else Forte's local pool, whose keys the server also serves.
 */
final class UserPool {
    private final @Nullable Authenticator authenticator;
    private final @Nullable IssuerKeys localKeys;
    private final @Nullable String issuer;
    private final LoginWith loginWith;

    private UserPool(@Nullable Authenticator authenticator, @Nullable IssuerKeys localKeys, @Nullable String issuer,
            LoginWith loginWith) {
        this.authenticator = authenticator;
        this.localKeys = localKeys;
        this.issuer = issuer;
        this.loginWith = loginWith;
    }

    static UserPool of(ForteConfig config) {
        Backend backend = config.backend();
        boolean userPools = backend.hasAuth()
                || backend.data().authorizationModes().defaultAuthorizationMode() == AuthorizationMode.USER_POOL;
        LoginWith loginWith = backend.data().loginWith();
        if (!userPools) {
            return new UserPool(null, null, null, loginWith);
        }
        if (config.userPoolIssuer() != null) {
            return new UserPool(JwtAuthenticator.remote(config.userPoolIssuer()), null, config.userPoolIssuer(),
                    loginWith);
        }
        IssuerKeys keys = IssuerKeys.openOrCreate(config.dataDirectory());
        return new UserPool(JwtAuthenticator.local(keys), keys, keys.issuer(), loginWith);
    }

    Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator);
    }

    /** Returns the {@code iss} of the pool's tokens; empty without a pool. */
    Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** Returns whether Forte runs the pool: it then serves its keys and its Cognito API. */
    boolean isLocal() {
        return localKeys != null;
    }

    /**
     * Returns {@code graphql} preceded, when the pool is local, by the JWKS endpoint and the pool's Cognito API
     * ({@link AwsJsonHandler#USER_POOL_PATH}) over {@code users}.
     */
    Handler withLocalEndpoints(Handler graphql, UserPoolStore users, Consumer<String> messages, ObjectMapper mapper) {
        if (localKeys == null) {
            return graphql;
        }
        UserPoolApi api = UserPoolApi.of(localKeys, users, Clock.systemUTC(), messages, loginWith);
        return new Handler.Sequence(new JwksHandler(localKeys.publicJwks()), new AwsJsonHandler(AwsJsonHandler.USER_POOL_PATH, api, mapper), graphql);
    }
}
