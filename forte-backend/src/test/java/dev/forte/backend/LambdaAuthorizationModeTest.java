package dev.forte.backend;

import static dev.forte.backend.Define.defineData;
import static dev.forte.backend.Define.defineFunction;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.data.a.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.forte.data.ModelSchema;
import dev.forte.data.SchemaException;
import dev.forte.data.a;
import dev.forte.schema.AuthOperation;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.AuthStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code lambdaAuthorizationMode} and {@code allow.custom()}: a backend function authorizes tokens. */
class LambdaAuthorizationModeTest {
    private static final FunctionDefinition AUTHORIZER = defineFunction(
            FunctionProps.builder(TokenAuthorizer.class).name("authorizer").build());

    public static final class TokenAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("isAuthorized", true);
        }
    }

    private static ModelSchema customSchema() {
        return a.schema(model("Note", a.model(field("text", a.string()))
                .authorization(allow -> List.of(allow.custom().to(AuthOperation.READ)))));
    }

    @Test
    void customRuleIsAnAllowCustomRuleCheckedByTheFunctionProvider() {
        DataDefinition data = defineData(DataProps.builder(customSchema())
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(AUTHORIZER)).build());

        AuthRule rule = data.schema().models().get(0).authorization().get(0);
        assertThat(rule.strategy()).isEqualTo(AuthStrategy.CUSTOM);
        assertThat(rule.effectiveProvider()).isEqualTo(AuthProvider.FUNCTION);
        assertThat(rule.operations()).containsExactly(AuthOperation.READ);
    }

    @Test
    void theOnlyConfiguredModeBecomesTheDefaultWithSixtySecondsToLive() {
        DataDefinition data = defineData(DataProps.builder(customSchema())
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(AUTHORIZER)).build());

        assertThat(data.authorizationModes().defaultAuthorizationMode()).isEqualTo(AuthorizationMode.LAMBDA);
        assertThat(data.authorizationModes().lambdaAuthorizationMode())
                .isEqualTo(new LambdaAuthorizationMode("authorizer", 60));
    }

    @Test
    void aDeclaredDefaultModeIsKept() {
        DataDefinition data = defineData(DataProps.builder(customSchema())
                .authorizationModes(AuthorizationMode.API_KEY, 7)
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(AUTHORIZER, 0)).build());

        assertThat(data.authorizationModes().defaultAuthorizationMode()).isEqualTo(AuthorizationMode.API_KEY);
        assertThat(data.authorizationModes().lambdaAuthorizationMode().timeToLiveInSeconds()).isZero();
    }

    @Test
    void withAnOidcProviderBesideItADefaultModeMustBeDeclared() {
        OidcAuthorizationMode keycloak = OidcAuthorizationMode.builder("Keycloak", "https://sso.example.com/realms/a")
                .build();
        DataProps.Builder both = DataProps.builder(customSchema()).oidcAuthorizationMode(keycloak)
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(AUTHORIZER));

        assertThatThrownBy(both::build).isInstanceOf(SchemaException.class)
                .hasMessageContaining("a defaultAuthorizationMode is required if multiple authorization modes are"
                        + " configured (here oidc and lambda)");
        AuthorizationModes declared = both.authorizationModes(AuthorizationMode.OIDC, 7).build().authorizationModes();
        assertThat(declared.defaultAuthorizationMode()).isEqualTo(AuthorizationMode.OIDC);
        assertThat(declared.oidcAuthorizationMode()).isEqualTo(keycloak);
        assertThat(declared.lambdaAuthorizationMode()).isEqualTo(new LambdaAuthorizationMode("authorizer", 60));
    }

    @Test
    void rejectsATimeToLiveAboveAnHour() {
        assertThatThrownBy(() -> LambdaAuthorizationMode.of(AUTHORIZER, 3601)).isInstanceOf(SchemaException.class)
                .hasMessage("defineData lambdaAuthorizationMode: timeToLiveInSeconds must be between 0 (no caching)"
                        + " and 3600, got 3601. Give e.g. `LambdaAuthorizationMode.of(authorizer, 60)`.");
        assertThatThrownBy(() -> LambdaAuthorizationMode.of(AUTHORIZER, -1)).isInstanceOf(SchemaException.class);
    }

    @Test
    void customRulesNeedTheLambdaModeConfigured() {
        assertThatThrownBy(() -> Backend.of(defineData(DataProps.of(customSchema()))))
                .isInstanceOf(SchemaException.class)
                .hasMessage("@auth directive with 'function' provider found, but the project has no Lambda"
                        + " authentication provider configured. Configure the authorizer:"
                        + " `DataProps.builder(schema).lambdaAuthorizationMode(LambdaAuthorizationMode.of("
                        + "authorizerFunction))`.");
    }

    @Test
    void lambdaDefaultModeNeedsAnAuthorizer() {
        assertThatThrownBy(() -> DataProps.builder(customSchema()).authorizationModes(AuthorizationMode.LAMBDA, 7)
                .build())
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("the default mode is lambda, but no lambdaAuthorizationMode is configured");
    }

    @Test
    void theAuthorizerMustBeAFunctionOfTheBackend() {
        DataDefinition data = defineData(DataProps.builder(customSchema())
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(AUTHORIZER)).build());

        assertThatThrownBy(() -> Backend.of(data)).isInstanceOf(BackendException.class)
                .hasMessage("The Lambda authorizer of defineData is function `authorizer`, which is not in the"
                        + " backend. Pass that function to `Backend.of(data, ...)` too.");
        assertThat(Backend.of(data, AUTHORIZER).functions()).containsExactly(AUTHORIZER);
    }

    @Test
    void customOperationsTakeTheCustomRule() {
        ModelSchema schema = a.schema(model("Note", a.model(field("text", a.string()))
                        .authorization(allow -> List.of(allow.custom()))),
                query("whoAmI", a.query().returns(a.string()).handler(a.handler.function(AUTHORIZER))
                        .authorization(allow -> List.of(allow.custom()))));

        DataDefinition data = defineData(DataProps.builder(schema)
                .lambdaAuthorizationMode(LambdaAuthorizationMode.of(AUTHORIZER)).build());

        assertThat(data.schema().operations().get(0).authorization())
                .containsExactly(AuthRule.of(AuthStrategy.CUSTOM, null));
    }
}
