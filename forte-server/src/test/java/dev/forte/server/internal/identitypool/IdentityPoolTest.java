package dev.forte.server.internal.identitypool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.server.TokenRequest;
import dev.forte.server.internal.auth.IdentityPoolPrincipal;
import dev.forte.server.internal.auth.JwtAuthenticator;
import dev.forte.server.internal.auth.jwt.IssuerKeys;
import dev.forte.server.internal.auth.jwt.TokenMinter;
import dev.forte.server.internal.auth.sigv4.Credential;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.credentials.IdentityPoolStore;
import dev.forte.server.internal.identitypool.IdentityPool.IssuedCredentials;
import dev.forte.server.internal.storage.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GetId and GetCredentialsForIdentity over a real PostgreSQL schema and tokens of a local user pool. */
class IdentityPoolTest {
    @TempDir
    Path dataDirectory;
    private TestDatabases.Schema schema;
    private IdentityPoolStore store;
    private IssuerKeys keys;
    private String provider;

    @BeforeEach
    void openPool() {
        schema = TestDatabases.embedded().newSchema();
        schema.execute("CREATE TABLE forte_meta (key text PRIMARY KEY, value text NOT NULL)");
        store = IdentityPoolStore.open(schema.dataSource(), Clock.systemUTC(), "eu-west-2");
        keys = IssuerKeys.openOrCreate(dataDirectory);
        provider = keys.issuer().substring("https://".length());
    }

    @AfterEach
    void dropSchema() {
        schema.close();
    }

    private IdentityPool pool(boolean guests) {
        return new IdentityPool(store, JwtAuthenticator.local(keys), keys.issuer(), guests, Clock.systemUTC());
    }

    private Map<String, String> login(String user) {
        return Map.of(provider, TokenMinter.mint(keys, TokenRequest.forUser(user).build()));
    }

    @Test
    void thePoolIdIsRegionColonUuidAndStaysTheSameForTheDatabase() {
        IdentityPoolStore reopened = IdentityPoolStore.open(schema.dataSource(), Clock.systemUTC(), "eu-west-2");

        assertThat(store.poolId()).matches("eu-west-2:[0-9a-f-]{36}");
        assertThat(reopened.poolId()).isEqualTo(store.poolId());
    }

    @Test
    void aGuestGetsANewIdentityAndHourLongCredentialsThatTheStoreFinds() {
        IdentityPool pool = pool(true);
        String identityId = pool.getId(pool.poolId(), Map.of());

        IssuedCredentials issued = pool.getCredentialsForIdentity(identityId, Map.of());

        assertThat(identityId).matches("eu-west-2:[0-9a-f-]{36}").isNotEqualTo(pool.getId(pool.poolId(), Map.of()));
        assertThat(issued.identityId()).isEqualTo(identityId);
        assertThat(issued.credentials().accessKeyId()).startsWith("ASIA").hasSize(20);
        assertThat(issued.credentials().expiration()).isBetween(Instant.now().plus(Duration.ofMinutes(59)),
                Instant.now().plus(Duration.ofMinutes(61)));
        Credential<IdentityPoolPrincipal> found = store.find(issued.credentials().accessKeyId()).orElseThrow();
        assertThat(found.secretAccessKey()).isEqualTo(issued.credentials().secretKey());
        assertThat(found.principal()).isEqualTo(new IdentityPoolPrincipal(pool.poolId(), identityId, null, null));
        assertThat(found.principal().authType()).isEqualTo("unauthenticated");
    }

    @Test
    void aSignedInUserHasOneIdentityPerSubAndAuthenticatedCredentials() {
        IdentityPool pool = pool(true);
        String alice = pool.getId(pool.poolId(), login("alice"));

        IssuedCredentials issued = pool.getCredentialsForIdentity(alice, login("alice"));

        assertThat(pool.getId(pool.poolId(), login("alice"))).isEqualTo(alice);
        assertThat(pool.getId(pool.poolId(), login("bob"))).isNotEqualTo(alice);
        IdentityPoolPrincipal principal = store.find(issued.credentials().accessKeyId()).orElseThrow().principal();
        assertThat(principal.identityId()).isEqualTo(alice);
        assertThat(principal.authType()).isEqualTo("authenticated");
        assertThat(principal.loginProvider()).isEqualTo(provider);
        assertThat(principal.authProvider()).contains(provider + ":CognitoSignIn:" + principal.userSub());
    }

    @Test
    void aGuestWhoSignsInKeepsItsIdentityUnlessTheUserHasOneAlready() {
        IdentityPool pool = pool(true);
        String guest = pool.getId(pool.poolId(), Map.of());
        String otherGuest = pool.getId(pool.poolId(), Map.of());

        IssuedCredentials signedIn = pool.getCredentialsForIdentity(guest, login("carol"));
        IssuedCredentials again = pool.getCredentialsForIdentity(otherGuest, login("carol"));

        assertThat(signedIn.identityId()).isEqualTo(guest);
        assertThat(pool.getId(pool.poolId(), login("carol"))).isEqualTo(guest);
        assertThat(again.identityId()).isEqualTo(guest);
        assertThat(store.identity(otherGuest).orElseThrow().userSub()).isNull();
    }

    @Test
    void guestsAreRefusedWhenThePoolDoesNotAllowThem() {
        IdentityPool pool = pool(false);

        assertRefused(() -> pool.getId(pool.poolId(), Map.of()), "NotAuthorizedException",
                "Unauthenticated access is not supported for this identity pool.");
        String guest = pool(true).getId(pool.poolId(), Map.of());
        assertRefused(() -> pool.getCredentialsForIdentity(guest, Map.of()), "NotAuthorizedException",
                "Unauthenticated access is not supported for this identity pool.");
    }

    @Test
    void anotherPoolIdIsNotFoundAndAMalformedOneInvalid() {
        IdentityPool pool = pool(true);

        String other = "eu-west-2:00000000-0000-0000-0000-000000000000";
        assertRefused(() -> pool.getId(other, Map.of()), "ResourceNotFoundException",
                "IdentityPool '" + other + "' not found.");
        assertRefused(() -> pool.getId("eu-west-2_abc", Map.of()), "ValidationException",
                "1 validation error detected: Value 'eu-west-2_abc' at 'identityPoolId' failed to satisfy constraint:"
                        + " Member must satisfy regular expression pattern: [\\w-]+:[0-9a-f-]+");
        assertRefused(() -> pool.getId(null, Map.of()), "ValidationException",
                "1 validation error detected: Value null at 'identityPoolId' failed to satisfy constraint: Member"
                        + " must not be null");
    }

    @Test
    void anUnknownIdentityIsNotFoundAndAUsersIdentityNeedsItsLogin() {
        IdentityPool pool = pool(true);
        String alice = pool.getId(pool.poolId(), login("alice"));

        assertRefused(() -> pool.getCredentialsForIdentity("eu-west-2:11111111-2222-3333-4444-555555555555",
                Map.of()), "ResourceNotFoundException", "Identity 'eu-west-2:11111111-2222-3333-4444-555555555555'"
                        + " not found.");
        assertRefused(() -> pool.getCredentialsForIdentity(alice, Map.of()), "NotAuthorizedException",
                "Access to Identity '" + alice + "' is forbidden.");
        assertRefused(() -> pool.getCredentialsForIdentity(alice, login("bob")), "NotAuthorizedException",
                "Logins don't match. Please include at least one valid login for this identity or identity pool.");
    }

    @Test
    void loginsMustBeValidTokensOfTheBackendsUserPool() {
        IdentityPool pool = pool(true);
        String token = login("alice").get(provider);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        String expired = TokenMinter.mint(keys, TokenRequest.forUser("alice")
                .issuedAt(Instant.now().minus(Duration.ofHours(2))).build());

        assertRefused(() -> pool.getId(pool.poolId(), Map.of("accounts.google.com", token)), "NotAuthorizedException",
                "Token is not from a supported provider of this identity pool.");
        assertRefused(() -> pool.getId(pool.poolId(), Map.of(provider, tampered)), "NotAuthorizedException",
                "Invalid login token. Couldn't verify signed token.");
        assertThatThrownBy(() -> pool.getId(pool.poolId(), Map.of(provider, expired)))
                .isInstanceOfSatisfying(CognitoException.class, e -> assertThat(e.type())
                        .isEqualTo("NotAuthorizedException"))
                .hasMessageStartingWith("Invalid login token. Token expired: ");
        assertRefused(() -> pool.getId(pool.poolId(), Map.of(provider, "not-a-jwt")), "NotAuthorizedException",
                "Invalid login token. Not a valid OpenId Connect identity token.");
    }

    private static void assertRefused(Runnable call, String type, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CognitoException.class,
                e -> assertThat(e.type()).isEqualTo(type)).hasMessage(message);
    }
}
