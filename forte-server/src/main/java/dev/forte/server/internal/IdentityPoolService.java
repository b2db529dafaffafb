package dev.forte.server.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.AuthorizationMode;
import dev.forte.server.ForteConfig;
import dev.forte.server.IdentityPoolEndpoint;
import dev.forte.server.internal.credentials.IdentityPoolStore;
import dev.forte.server.internal.http.AwsJsonHandler;
import dev.forte.server.internal.identitypool.IdentityPool;
import dev.forte.server.internal.identitypool.IdentityPoolApi;
import java.net.URI;
import java.time.Clock;
import javax.sql.DataSource;
import org.eclipse.jetty.server.Handler;
import org.jspecify.annotations.Nullable;

/**
 * The identity pool of a backend with {@code defineAuth()} (or an IAM / identityPool default mode, the other way
 * Amplify admits identity-pool rules): its store, whose credentials the SigV4 path verifies, and its endpoint,
 * served on the API's port in front of GraphQL. Signed-in users log in with the backend's user pool.
 */
final class IdentityPoolService {
    private final IdentityPoolStore store;
    private final IdentityPool pool;

    private IdentityPoolService(IdentityPoolStore store, IdentityPool pool) {
        this.store = store;
        this.pool = pool;
    }

    /** Returns the pool of {@code config}'s backend, or null when it has none. */
    static @Nullable IdentityPoolService of(ForteConfig config, DataSource dataSource, UserPool userPool) {
        AuthorizationMode mode = config.backend().data().authorizationModes().defaultAuthorizationMode();
        if (!config.backend().hasAuth() && mode != AuthorizationMode.IAM && mode != AuthorizationMode.IDENTITY_POOL) {
            return null;
        }
        IdentityPoolStore store = IdentityPoolStore.open(dataSource, Clock.systemUTC(), config.region());
        return new IdentityPoolService(store, new IdentityPool(store, userPool.authenticator().orElse(null),
                userPool.issuer().orElse(null), config.guestAccess() && config.backend().guestAccess(),
                Clock.systemUTC()));
    }

    IdentityPoolStore store() {
        return store;
    }

    /** Returns {@code next} preceded by the pool's endpoint. */
    Handler withEndpoint(Handler next, ObjectMapper mapper) {
        return new Handler.Sequence(new AwsJsonHandler(AwsJsonHandler.IDENTITY_POOL_PATH, new IdentityPoolApi(pool), mapper), next);
    }

    /** Returns what clients configure, the endpoint on the same origin as {@code graphqlEndpoint}. */
    IdentityPoolEndpoint endpoint(URI graphqlEndpoint) {
        return new IdentityPoolEndpoint(graphqlEndpoint.resolve(AwsJsonHandler.IDENTITY_POOL_PATH), pool.poolId(),
                pool.guestsAllowed());
    }
}
