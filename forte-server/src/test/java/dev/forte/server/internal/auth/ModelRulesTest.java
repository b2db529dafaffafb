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

/** Amplify's auth resolver decisions for one caller, one operation (schema 2's templates and PROTOCOL §5.4-5.8). */
class ModelRulesTest {
    private static final AuthRule OWNER = AuthRule.of(AuthStrategy.OWNER, null).withField("owner", false);
    private static final Map<String, Object> ALICE = Map.of("sub", "s-1", "username", "alice",
            "cognito:groups", List.of("Editors"));

    private static RequestIdentity user(Map<String, Object> claims) {
        return new RequestIdentity(AuthMode.AMAZON_COGNITO_USER_POOLS, claims);
    }

    @Test
    void aCustomRuleAdmitsLambdaAuthorizedCallersForItsOperationsOnly() {
        var rules = new ModelRules(List.of(AuthRule.of(AuthStrategy.CUSTOM, null).withOperations(
                List.of(AuthOperation.READ, AuthOperation.LISTEN)), AuthRule.publicApiKey()));
        var lambda = RequestIdentity.lambda(new LambdaAuthorization(Map.of(), Set.of()));

        assertThat(rules.decide(lambda, AuthOperation.LIST)).isInstanceOf(AccessDecision.Granted.class);
        assertThat(rules.decideSubscription(lambda, Map.of())).isInstanceOf(AccessDecision.Granted.class);
        assertThat(rules.decide(lambda, AuthOperation.CREATE)).isInstanceOf(AccessDecision.Denied.class);
        assertThat(rules.ownersToStamp(lambda)).isEmpty();
    }

    @Test
    void anOwnerRuleFiltersOnTheThreeFormsOfTheCallersIdentity() {
        AccessDecision decision = new ModelRules(List.of(OWNER)).decide(user(ALICE), AuthOperation.LIST);

        assertThat(((AccessDecision.Conditional) decision).filter()).isEqualTo(Map.of("or", List.of(
                Map.of("owner", Map.of("eq", "s-1::alice")), Map.of("owner", Map.of("eq", "s-1")),
                Map.of("owner", Map.of("eq", "alice")))));
    }

    @Test
    void anOwnerMatchesRecordsStoredInAnyOfTheThreeForms() {
        var decision = (AccessDecision.Conditional) new ModelRules(List.of(OWNER)).decide(user(ALICE),
                AuthOperation.GET);

        assertThat(decision.permits(Map.of("owner", "s-1::alice"))).isTrue();
        assertThat(decision.permits(Map.of("owner", "alice"))).isTrue();
        assertThat(decision.permits(Map.of("owner", "s-2::bob"))).isFalse();
        assertThat(decision.permits(Map.of())).isFalse();
    }

    @Test
    void createStampsSubColonColonUsernameAndCognitoUsernameStandsInForUsername() {
        var rules = new ModelRules(List.of(OWNER));

        assertThat(rules.ownersToStamp(user(ALICE))).containsExactly(Map.entry("owner", "s-1::alice"));
        assertThat(rules.ownersToStamp(user(Map.of("sub", "s-3", "cognito:username", "carol"))))
                .containsExactly(Map.entry("owner", "s-3::carol"));
    }

    @Test
    void aCustomIdentityClaimIsStoredAndMatchedAsItsValue() {
        AuthRule byEmail = AuthRule.of(AuthStrategy.OWNER, null).withField("author", false)
                .withIdentityClaim("email");
        var rules = new ModelRules(List.of(byEmail));
        var alice = user(Map.of("sub", "s-1", "username", "alice", "email", "a@example.com"));

        assertThat(rules.ownersToStamp(alice)).containsExactly(Map.entry("author", "a@example.com"));
        assertThat(((AccessDecision.Conditional) rules.decide(alice, AuthOperation.GET)).permits(
                Map.of("author", "a@example.com"))).isTrue();
    }

    @Test
    void aMultiOwnerFieldIsStampedAsAListAndMatchedByElement() {
        AuthRule editors = AuthRule.of(AuthStrategy.OWNER, null).withField("editors", true);
        var rules = new ModelRules(List.of(editors));

        assertThat(rules.ownersToStamp(user(ALICE))).containsExactly(Map.entry("editors", List.of("s-1::alice")));
        assertThat(((AccessDecision.Conditional) rules.decide(user(ALICE), AuthOperation.UPDATE))
                .permits(Map.of("editors", List.of("bob", "alice")))).isTrue();
    }

    @Test
    void aStaticGroupMemberIsGrantedEverythingAndOthersOnlyWhatTheirRulesGive() {
        var rules = new ModelRules(List.of(OWNER, AuthRule.of(AuthStrategy.GROUPS, null).withGroups(List.of("Editors"))));

        assertThat(rules.decide(user(ALICE), AuthOperation.DELETE)).isInstanceOf(AccessDecision.Granted.class);
        assertThat(rules.decide(user(Map.of("sub", "s-2", "username", "bob")), AuthOperation.DELETE))
                .isInstanceOf(AccessDecision.Conditional.class);
    }

    @Test
    void aDynamicGroupRuleMatchesTheCallersGroupsFromTheConfiguredClaim() {
        AuthRule team = AuthRule.of(AuthStrategy.GROUPS, null).withField("team", false).withGroupClaim("groups");
        var caller = user(Map.of("sub", "s-1", "username", "alice", "groups", List.of("red", "blue")));
        var decision = (AccessDecision.Conditional) new ModelRules(List.of(team)).decide(caller, AuthOperation.GET);

        assertThat(decision.permits(Map.of("team", "blue"))).isTrue();
        assertThat(decision.permits(Map.of("team", "green"))).isFalse();
        assertThat(decision.subscriptionFilter()).isEqualTo(Map.of("or",
                List.of(Map.of("team", Map.of("in", List.of("red", "blue"))))));
    }

    @Test
    void operationsOutsideEveryRulesToAreDenied() {
        var readers = new ModelRules(List.of(AuthRule.of(AuthStrategy.PRIVATE, null)
                .withOperations(List.of(AuthOperation.READ))));

        assertThat(readers.decide(user(ALICE), AuthOperation.LIST)).isInstanceOf(AccessDecision.Granted.class);
        assertThat(readers.decide(user(ALICE), AuthOperation.CREATE)).isInstanceOf(AccessDecision.Denied.class);
    }

    @Test
    void subscriptionsFilterOnTheOwnersReadValue() {
        var decision = (AccessDecision.Conditional) new ModelRules(List.of(OWNER)).decide(user(ALICE),
                AuthOperation.LISTEN);

        assertThat(decision.subscriptionFilter()).isEqualTo(Map.of("or",
                List.of(Map.of("owner", Map.of("eq", "alice")))));
    }

    @Test
    void aSubscriptionsOwnerArgumentMustNameTheCallerAndThenReplacesTheAuthFilter() {
        var rules = new ModelRules(List.of(OWNER));

        assertThat(rules.decideSubscription(user(ALICE), Map.of("owner", "alice")))
                .isInstanceOf(AccessDecision.Granted.class);
        assertThat(rules.decideSubscription(user(ALICE), Map.of("owner", "bob")))
                .isInstanceOf(AccessDecision.Denied.class);
        assertThat(rules.decideSubscription(user(ALICE), Map.of())).isInstanceOf(AccessDecision.Conditional.class);
    }

    @Test
    void apiKeyCallersNeedAPublicRuleAndFunctionsPassWhateverTheRules() {
        var ownerOnly = new ModelRules(List.of(OWNER));
        var function = RequestIdentity.function(new FunctionPrincipal("data-access",
                Set.of(dev.forte.schema.ResourceOperation.QUERY)));

        assertThat(ownerOnly.decide(RequestIdentity.apiKey(), AuthOperation.GET))
                .isInstanceOf(AccessDecision.Denied.class);
        assertThat(new ModelRules(List.of(AuthRule.publicApiKey())).decide(RequestIdentity.apiKey(),
                AuthOperation.GET)).isInstanceOf(AccessDecision.Granted.class);
        assertThat(ownerOnly.decide(function, AuthOperation.LIST)).isInstanceOf(AccessDecision.Granted.class);
    }

    @Test
    void anOidcOwnerRuleDoesNotAdmitUserPoolCallers() {
        AuthRule oidcOwner = AuthRule.of(AuthStrategy.OWNER, AuthProvider.OIDC).withField("owner", false);

        assertThat(new ModelRules(List.of(oidcOwner)).decide(user(ALICE), AuthOperation.GET))
                .isInstanceOf(AccessDecision.Denied.class);
    }

    @Test
    void oidcCallersAreJudgedByTheOidcRulesWithTheirClaims() {
        AuthRule oidcOwner = AuthRule.of(AuthStrategy.OWNER, AuthProvider.OIDC).withField("owner", false)
                .withIdentityClaim("sub");
        AuthRule oidcAdmins = AuthRule.of(AuthStrategy.GROUPS, AuthProvider.OIDC).withGroups(List.of("Admin"))
                .withGroupClaim("groups");
        var rules = new ModelRules(List.of(OWNER, oidcOwner, oidcAdmins));
        var kim = new RequestIdentity(AuthMode.OPENID_CONNECT, Map.of("sub", "kc-7", "groups", List.of("Staff")));
        var admin = new RequestIdentity(AuthMode.OPENID_CONNECT, Map.of("sub", "kc-8", "groups", List.of("Admin")));

        assertThat(rules.ownersToStamp(kim)).containsExactly(Map.entry("owner", "kc-7"));
        var decision = (AccessDecision.Conditional) rules.decide(kim, AuthOperation.GET);
        assertThat(decision.permits(Map.of("owner", "kc-7"))).isTrue();
        assertThat(decision.permits(Map.of("owner", "kc-8"))).isFalse();
        assertThat(rules.decide(admin, AuthOperation.DELETE)).isInstanceOf(AccessDecision.Granted.class);
        assertThat(rules.decide(user(Map.of("sub", "s-9", "username", "x", "cognito:groups", List.of("Admin"))),
                AuthOperation.DELETE)).as("the oidc group rule does not admit user-pool callers")
                .isInstanceOf(AccessDecision.Conditional.class);
    }

    @Test
    void anOwnerReadsAsThePartAfterTheLastSeparator() {
        assertThat(ModelRules.readValue("s-1::alice")).isEqualTo("alice");
        assertThat(ModelRules.readValue(List.of("s-1::alice", "bob"))).isEqualTo(List.of("alice", "bob"));
    }
}
