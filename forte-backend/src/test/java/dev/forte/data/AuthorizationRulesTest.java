package dev.forte.data;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import dev.forte.schema.DataSchema;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Model and field rules record what Amplify's {@code allow} records, and bad combinations fail as Amplify's do. */
class AuthorizationRulesTest {

    private static AuthRule modelRule(Function<ModelAllow, AuthorizationRule> rule) {
        DataSchema schema = a.schema(model("Todo", a.model(field("name", a.string()))
                .authorization(allow -> List.of(rule.apply(allow))))).toDataSchema();
        return schema.models().get(0).authorization().get(0);
    }

    @Test
    void ownerRuleStoresTheOwnerInTheOwnerFieldWithTheDefaultProvider() {
        AuthRule rule = modelRule(ModelAllow::owner);

        assertThat(rule.strategy()).isEqualTo(AuthStrategy.OWNER);
        assertThat(rule.provider()).isNull();
        assertThat(rule.effectiveProvider()).isEqualTo(AuthProvider.USER_POOLS);
        assertThat(rule.ownerField()).isEqualTo("owner");
        assertThat(rule.multiple()).isFalse();
    }

    @Test
    void ownersDefinedInIsAListOwnerRuleWithItsClaim() {
        AuthRule rule = modelRule(allow -> allow.ownersDefinedIn("editors", AuthProvider.OIDC).identityClaim("email")
                .to(AuthOperation.READ, AuthOperation.UPDATE));

        assertThat(rule.ownerField()).isEqualTo("editors");
        assertThat(rule.multiple()).isTrue();
        assertThat(rule.provider()).isEqualTo(AuthProvider.OIDC);
        assertThat(rule.identityClaim()).isEqualTo("email");
        assertThat(rule.operations()).containsExactly(AuthOperation.READ, AuthOperation.UPDATE);
    }

    @Test
    void groupRulesRecordStaticAndDynamicGroups() {
        assertThat(modelRule(allow -> allow.group("Admin")).groups()).containsExactly("Admin");
        assertThat(modelRule(allow -> allow.groups(List.of("A", "B")).withClaimIn("groups")).groupClaim())
                .isEqualTo("groups");
        AuthRule dynamic = modelRule(allow -> allow.groupsDefinedIn("teams"));
        assertThat(dynamic.groupsField()).isEqualTo("teams");
        assertThat(dynamic.multiple()).isTrue();
    }

    @Test
    void guestAndAuthenticatedUseTheirProviders() {
        assertThat(modelRule(ModelAllow::guest).effectiveProvider()).isEqualTo(AuthProvider.IDENTITY_POOL);
        assertThat(modelRule(ModelAllow::authenticated).effectiveProvider()).isEqualTo(AuthProvider.USER_POOLS);
        assertThat(modelRule(allow -> allow.authenticated(AuthProvider.IDENTITY_POOL)).strategy())
                .isEqualTo(AuthStrategy.PRIVATE);
    }

    @Test
    void rejectsAProviderTheStrategyCannotUse() {
        assertThatThrownBy(() -> new ModelAllow().owner(AuthProvider.API_KEY))
                .isInstanceOf(SchemaException.class).hasMessageStartingWith("Invalid provider (apiKey) given!");
        assertThatThrownBy(() -> new ModelAllow().group("Admin", AuthProvider.IDENTITY_POOL))
                .isInstanceOf(SchemaException.class).hasMessageStartingWith("Invalid provider (identityPool) given!");
    }

    @Test
    void rejectsAnEmptyGroupList() {
        assertThatThrownBy(() -> new ModelAllow().groups(List.of()))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("@auth rules using groups cannot have an empty list.");
    }

    @Test
    void fieldRulesAreKeptOnTheField() {
        DataSchema schema = a.schema(model("Employee", a.model(field("name", a.string()),
                        field("salary", a.float_().authorization(allow -> List.of(allow.group("HR")))))
                .authorization(allow -> List.of(allow.authenticated())))).toDataSchema();

        assertThat(schema.models().get(0).field("salary").orElseThrow().authorization())
                .extracting(AuthRule::groups).containsExactly(List.of("HR"));
    }

    @Test
    void rejectsAnOwnerFieldDeclaredAsAnotherType() {
        var schema = a.schema(model("Todo", a.model(field("owner", a.integer()))
                .authorization(allow -> List.of(allow.owner()))));

        assertThatThrownBy(schema::toDataSchema).isInstanceOf(SchemaException.class)
                .hasMessageStartingWith("Model `Todo`: Implicit field owner conflicts with the explicit field definition.");
    }

    @Test
    void ownerRulesNeedUserSignInOnTheBackend() {
        var data = defineData(DataProps.of(a.schema(model("Todo", a.model(field("name", a.string()))
                .authorization(allow -> List.of(allow.owner()))))));

        assertThatThrownBy(() -> Backend.of(data)).isInstanceOf(SchemaException.class).hasMessage(
                "@auth directive with 'userPools' provider found, but the project has no Cognito User Pools"
                        + " authentication provider configured. Add user sign-in to the backend:"
                        + " `Backend.of(defineAuth(), data, ...)`.");
        assertThat(Backend.of(defineAuth(), data).hasAuth()).isTrue();
    }

    @Test
    void defineAuthMakesUserPoolTheDefaultModeUnlessDefineDataNamesOne() {
        var schema = a.schema(model("Todo", a.model(field("name", a.string()))
                .authorization(allow -> List.of(allow.owner(), allow.publicApiKey()))));

        assertThat(Backend.of(defineAuth(), defineData(DataProps.of(schema))).data().authorizationModes()
                .defaultAuthorizationMode()).isEqualTo(AuthorizationMode.USER_POOL);
        assertThat(Backend.of(defineAuth(), defineData(DataProps.builder(schema)
                        .authorizationModes(AuthorizationMode.API_KEY, 30).build())).data().authorizationModes()
                .defaultAuthorizationMode()).isEqualTo(AuthorizationMode.API_KEY);
    }
}
