package dev.forte.backend;

import static dev.forte.backend.Define.defineAuth;
import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.data.ModelSchema;
import dev.forte.data.SchemaException;
import dev.forte.data.a;
import dev.forte.schema.AuthProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

class OidcAuthorizationModeTest {
    private static final String ISSUER = "https://sso.example.com/realms/shop";

    private static ModelSchema ownedByOidcUsers() {
        return a.schema(model("Todo", a.model(field("name", a.string()))
                .authorization(allow -> List.of(allow.owner(AuthProvider.OIDC).identityClaim("sub")))));
    }

    @Test
    void aConfiguredProviderWithoutADeclaredModeBecomesTheDefault() {
        OidcAuthorizationMode keycloak = OidcAuthorizationMode.builder("Keycloak", ISSUER).clientId("shop-web")
                .tokenExpireFromIssueInSeconds(3600).build();

        AuthorizationModes modes = Backend.of(defineData(DataProps.builder(ownedByOidcUsers())
                .oidcAuthorizationMode(keycloak).build())).data().authorizationModes();

        assertThat(modes.defaultAuthorizationMode()).isEqualTo(AuthorizationMode.OIDC);
        assertThat(modes.oidcAuthorizationMode()).isEqualTo(keycloak);
        assertThat(keycloak.tokenExpiryFromAuthInSeconds()).as("0 means no limit").isZero();
    }

    @Test
    void aDeclaredDefaultModeStaysAndTheProviderIsAnAdditionalMode() {
        var schema = a.schema(model("Todo", a.model(field("name", a.string())).authorization(allow -> List.of(
                allow.owner(), allow.authenticated(AuthProvider.OIDC)))));

        AuthorizationModes modes = Backend.of(defineAuth(), defineData(DataProps.builder(schema)
                .authorizationModes(AuthorizationMode.USER_POOL, 7)
                .oidcAuthorizationMode(OidcAuthorizationMode.builder("Auth0", "https://shop.eu.auth0.com/").build())
                .build())).data().authorizationModes();

        assertThat(modes.defaultAuthorizationMode()).isEqualTo(AuthorizationMode.USER_POOL);
        assertThat(modes.oidcAuthorizationMode()).isNotNull();
    }

    @Test
    void oidcRulesNeedTheProviderConfigured() {
        var data = defineData(DataProps.of(ownedByOidcUsers()));

        assertThatThrownBy(() -> Backend.of(data)).isInstanceOf(SchemaException.class).hasMessage(
                "@auth directive with 'oidc' provider found, but the project has no OPENID_CONNECT authentication"
                        + " provider configured. Configure the provider: `DataProps.builder(schema)"
                        + ".oidcAuthorizationMode(OidcAuthorizationMode.builder(\"MyProvider\","
                        + " \"https://issuer.example.com\").build())`.");
    }

    @Test
    void rejectsOidcAsTheDefaultModeWithoutAProvider() {
        assertThatThrownBy(() -> DataProps.builder(ownedByOidcUsers()).authorizationModes(AuthorizationMode.OIDC, 7)
                .build()).isInstanceOf(SchemaException.class).hasMessage(
                "defineData authorizationModes: the default mode is oidc, but no oidcAuthorizationMode is configured."
                        + " Add `.oidcAuthorizationMode(OidcAuthorizationMode.builder(\"MyProvider\","
                        + " \"https://issuer.example.com\").build())` to the DataProps builder.");
    }

    @Test
    void rejectsAnIssuerThatIsNotAnAbsoluteHttpUrl() {
        for (String issuer : List.of("sso.example.com/realms/shop", "ftp://sso.example.com", "https://", "::")) {
            assertThatThrownBy(() -> OidcAuthorizationMode.builder("Keycloak", issuer).build())
                    .isInstanceOf(SchemaException.class)
                    .hasMessage("defineData authorizationModes: oidcAuthorizationMode oidcIssuerUrl `" + issuer
                            + "` is not an absolute https (or http) URL. Give the issuer exactly as your provider"
                            + " puts it in `iss`, e.g. `https://sso.example.com/realms/shop`.");
        }
    }

    @Test
    void rejectsNegativeAgeLimitsAndABadClientPattern() {
        assertThatThrownBy(() -> OidcAuthorizationMode.builder("Keycloak", ISSUER).tokenExpiryFromAuthInSeconds(-1)
                .build()).hasMessage("defineData authorizationModes: oidcAuthorizationMode"
                        + " tokenExpiryFromAuthInSeconds is -1. Give a number of seconds, or 0 for no limit.");
        assertThatThrownBy(() -> OidcAuthorizationMode.builder("Keycloak", ISSUER).clientId("web(").build())
                .hasMessageStartingWith("defineData authorizationModes: oidcAuthorizationMode clientId `web(` is not"
                        + " a valid regular expression");
        assertThatThrownBy(() -> OidcAuthorizationMode.builder(" ", ISSUER).build())
                .hasMessage("defineData authorizationModes: oidcAuthorizationMode oidcProviderName is empty. Name the"
                        + " provider, e.g. `Keycloak`.");
    }
}
