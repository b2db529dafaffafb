package dev.forte.server.internal.identitypool;

import dev.forte.server.internal.auth.AuthRequest;
import dev.forte.server.internal.auth.AuthenticationException;
import dev.forte.server.internal.auth.Authenticator;
import dev.forte.server.internal.auth.IdentityPoolPrincipal;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.credentials.IdentityPoolStore;
import dev.forte.server.internal.credentials.IdentityPoolStore.StoredIdentity;
import dev.forte.server.internal.credentials.SessionCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The two calls aws-amplify makes of a Cognito identity pool. {@code GetId} gives a guest a new identity and a
 * signed-in user the one identity of its user-pool {@code sub}; {@code GetCredentialsForIdentity} gives an identity
 * credentials for an hour, a user's only with a valid token of the backend's user pool in {@code Logins} (a guest
 * who signs in keeps its identity, unless the user has one already). Guests are
 * refused when the pool does not allow them (Amplify allows them by default). Errors are Cognito's.
 */
public final class IdentityPool {
    /** How long Cognito's credentials for an identity live. */
    public static final Duration CREDENTIALS_LIFETIME = Duration.ofHours(1);
    static final String GUESTS_OFF = "Unauthenticated access is not supported for this identity pool.";
    private static final String ID_PATTERN = "[\\w-]+:[0-9a-f-]+";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private final IdentityPoolStore store;
    private final LoginVerifier logins;
    private final boolean guestsAllowed;

    /**
     * @param userPool verifies the user pool's tokens; null when the backend has no user pool
     * @param userPoolIssuer the {@code iss} of those tokens; null without a user pool
     * @param guestsAllowed whether unauthenticated identities get credentials
     */
    public IdentityPool(IdentityPoolStore store, @Nullable Authenticator userPool, @Nullable String userPoolIssuer,
            boolean guestsAllowed, Clock clock) {
        this.store = store;
        this.logins = new LoginVerifier(userPool, userPoolIssuer, clock);
        this.guestsAllowed = guestsAllowed;
    }

    /** Returns the pool's id, {@code <region>:<uuid>}. */
    public String poolId() {
        return store.poolId();
    }

    /** Returns whether guests (unauthenticated identities) get credentials. */
    public boolean guestsAllowed() {
        return guestsAllowed;
    }

    /** {@code GetId}: returns the identity id of the caller {@code logins} name, or a new guest identity. */
    public String getId(@Nullable String identityPoolId, Map<String, String> logins) {
        requireId("identityPoolId", identityPoolId);
        if (!store.poolId().equals(identityPoolId)) {
            throw CognitoException.resourceNotFound("IdentityPool '" + identityPoolId + "' not found.");
        }
        if (logins.isEmpty()) {
            requireGuests();
            return store.newGuestIdentity();
        }
        LoginVerifier.User user = this.logins.verify(logins);
        return store.identityOfUser(user.sub(), user.provider());
    }

    /**
     * {@code GetCredentialsForIdentity}: returns credentials of {@code identityId}, whose identity is the one
     * {@code logins} names when given (a user's own identity, whichever was asked for).
     */
    public IssuedCredentials getCredentialsForIdentity(@Nullable String identityId, Map<String, String> logins) {
        requireId("identityId", identityId);
        StoredIdentity identity = store.identity(identityId)
                .orElseThrow(() -> CognitoException.resourceNotFound("Identity '" + identityId + "' not found."));
        IdentityPoolPrincipal caller = logins.isEmpty() ? guest(identity) : user(identity, this.logins.verify(logins));
        SessionCredentials credentials = store.issue(caller, CREDENTIALS_LIFETIME);
        return new IssuedCredentials(caller.identityId(), credentials);
    }

    private IdentityPoolPrincipal guest(StoredIdentity identity) {
        if (identity.userSub() != null) {
            throw CognitoException.notAuthorized("Access to Identity '" + identity.identityId()
                    + "' is forbidden.");
        }
        requireGuests();
        return new IdentityPoolPrincipal(store.poolId(), identity.identityId(), null, null);
    }

    /** A guest identity becomes the user's when the user has none yet; otherwise the user's own one answers. */
    private IdentityPoolPrincipal user(StoredIdentity identity, LoginVerifier.User user) {
        Optional<String> own = Optional.ofNullable(identity.userSub());
        if (own.isPresent() && !own.get().equals(user.sub())) {
            throw CognitoException.notAuthorized("Logins don't match. Please include at least one valid login"
                    + " for this identity or identity pool.");
        }
        if (own.isEmpty()) {
            store.linkGuestToUser(identity.identityId(), user.sub(), user.provider());
        }
        String identityId = store.identityOfUser(user.sub(), user.provider());
        return new IdentityPoolPrincipal(store.poolId(), identityId, user.provider(), user.sub());
    }

    private void requireGuests() {
        if (!guestsAllowed) {
            throw CognitoException.notAuthorized(GUESTS_OFF);
        }
    }

    private static void requireId(String member, @Nullable String value) {
        if (value == null) {
            throw invalid(member, null, "Member must not be null");
        }
        if (!ID.matcher(value).matches()) {
            throw invalid(member, value,
                    "Member must satisfy regular expression pattern: " + ID_PATTERN);
        }
    }

    /** AWS's validation failure for a member that is missing or does not match its pattern. */
    private static CognitoException invalid(String member, @Nullable String value, String constraint) {
        String shown = value == null ? "null" : "'" + value + "'";
        return new CognitoException("ValidationException", "1 validation error detected: Value " + shown
                + " at '" + member + "' failed to satisfy constraint: " + constraint);
    }

    /** What {@code GetCredentialsForIdentity} answers: the identity (a user's own) and its credentials. */
    public record IssuedCredentials(String identityId, SessionCredentials credentials) {}

    /** Verifies a {@code Logins} map: one entry, the user pool's provider name, with a valid token of the pool. */
    private static final class LoginVerifier {
        private final @Nullable Authenticator userPool;
        private final @Nullable String provider;
        private final Clock clock;

        record User(String sub, String provider) {}

        LoginVerifier(@Nullable Authenticator userPool, @Nullable String issuer, Clock clock) {
            this.userPool = userPool;
            this.provider = issuer == null ? null : issuer.replaceFirst("^[a-zA-Z]+://", "");
            this.clock = clock;
        }

        User verify(Map<String, String> logins) {
            if (userPool == null || logins.size() != 1 || !logins.containsKey(provider)) {
                throw CognitoException.notAuthorized(
                        "Token is not from a supported provider of this identity pool.");
            }
            String token = logins.get(provider);
            UnverifiedClaims claims = UnverifiedClaims.of(token);
            if (!provider.equals(claims.providerName())) {
                throw CognitoException.notAuthorized("Invalid login token. Issuer doesn't match providerName");
            }
            long now = clock.instant().getEpochSecond();
            if (claims.expiresAt() != null && now >= claims.expiresAt()) {
                throw CognitoException.notAuthorized("Invalid login token. Token expired: " + now + " >= "
                        + claims.expiresAt());
            }
            try {
                Object sub = userPool.authenticate(new AuthRequest("POST", "/", name ->
                        "authorization".equalsIgnoreCase(name) ? token : null, new byte[0])).claims().get("sub");
                return new User(String.valueOf(sub), provider);
            } catch (AuthenticationException e) {
                throw CognitoException.notAuthorized("Invalid login token. Couldn't verify signed token.");
            }
        }
    }
}
