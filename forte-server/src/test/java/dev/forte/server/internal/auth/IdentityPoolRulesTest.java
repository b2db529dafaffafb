package dev.forte.server.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Identity-pool callers under model and custom-operation rules, as Amplify's resolvers compare their role with the
 * pool's unauthenticated role ({@code allow.guest()}) and authenticated role
 * ({@code allow.authenticated('identityPool')}).
 */
class IdentityPoolRulesTest {
    private static final AuthRule GUEST_READ = AuthRule.of(AuthStrategy.PUBLIC, AuthProvider.IDENTITY_POOL)
            .withOperations(List.of(AuthOperation.READ));
    private static final AuthRule IDENTITY_POOL_USERS = AuthRule.of(AuthStrategy.PRIVATE, AuthProvider.IDENTITY_POOL);
    private static final AuthRule USER_POOL_USERS = AuthRule.of(AuthStrategy.PRIVATE, null);
    private static final AuthRule OWNER = AuthRule.of(AuthStrategy.OWNER, null).withField("owner", false);
    private static final RequestIdentity GUEST = RequestIdentity.identityPool(
            new IdentityPoolPrincipal("eu-west-2:pool", "eu-west-2:guest", null, null));
    private static final RequestIdentity SIGNED_IN = RequestIdentity.identityPool(new IdentityPoolPrincipal(
            "eu-west-2:pool", "eu-west-2:alice", "forte.local/userpool/us-east-1_abc", "s-1"));

    @Test
    void aGuestPassesAGuestRuleForItsOperationsOnly() {
        var rules = new ModelRules(List.of(GUEST_READ, IDENTITY_POOL_USERS));

        assertThat(rules.decide(GUEST, AuthOperation.LIST)).isInstanceOf(AccessDecision.Granted.class);
        assertThat(rules.decideSubscription(GUEST, Map.of())).isInstanceOf(AccessDecision.Granted.class);
        assertThat(rules.decide(GUEST, AuthOperation.CREATE)).isInstanceOf(AccessDecision.Denied.class);
        assertThat(rules.decide(SIGNED_IN, AuthOperation.CREATE)).isInstanceOf(AccessDecision.Granted.class);
    }

    @Test
    void neitherKindPassesTheOthersRuleNorUserPoolOrOwnerRules() {
        var guestsOnly = new ModelRules(List.of(GUEST_READ));
        var usersAndOwners = new ModelRules(List.of(USER_POOL_USERS, OWNER));

        assertThat(guestsOnly.decide(SIGNED_IN, AuthOperation.GET)).isInstanceOf(AccessDecision.Denied.class);
        assertThat(new ModelRules(List.of(IDENTITY_POOL_USERS)).decide(GUEST, AuthOperation.GET))
                .isInstanceOf(AccessDecision.Denied.class);
        assertThat(usersAndOwners.decide(GUEST, AuthOperation.GET)).isInstanceOf(AccessDecision.Denied.class);
        assertThat(usersAndOwners.decide(SIGNED_IN, AuthOperation.GET)).isInstanceOf(AccessDecision.Denied.class);
        assertThat(usersAndOwners.ownersToStamp(SIGNED_IN)).isEmpty();
    }

    @Test
    void aCustomOperationAdmitsEachKindByItsOwnRuleOnly() {
        var forGuests = new ModelRules(List.of(AuthRule.of(AuthStrategy.PUBLIC, AuthProvider.IDENTITY_POOL)));
        var forUsers = new ModelRules(List.of(IDENTITY_POOL_USERS, USER_POOL_USERS));

        assertThat(forGuests.admitsToCustomOperation(GUEST)).isTrue();
        assertThat(forGuests.admitsToCustomOperation(SIGNED_IN)).isFalse();
        assertThat(forUsers.admitsToCustomOperation(SIGNED_IN)).isTrue();
        assertThat(forUsers.admitsToCustomOperation(GUEST)).isFalse();
        assertThat(new ModelRules(List.of(USER_POOL_USERS)).admitsToCustomOperation(SIGNED_IN)).isFalse();
    }

    @Test
    void aFunctionsCredentialsStayAGrantNotSubjectToModelRules() {
        var function = RequestIdentity.iam(new FunctionPrincipal("data-access", Set.of()));

        assertThat(function.function()).isNotNull();
        assertThat(function.identityPool()).isNull();
        assertThat(new ModelRules(List.of(GUEST_READ)).decide(function, AuthOperation.CREATE))
                .isInstanceOf(AccessDecision.Granted.class);
    }
}
