package dev.forte.backend.internal;

import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.DataDefinition;
import dev.forte.data.SchemaException;
import dev.forte.schema.AuthProvider;
import dev.forte.schema.AuthRule;
import dev.forte.schema.DataSchema;
import dev.forte.schema.Field;
import dev.forte.schema.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Checks that the providers a schema's rules use are configured on the backend, with Amplify's messages. */
final class AuthChecks {

    private AuthChecks() {}

    static void requireConfiguredProviders(DataDefinition data) {
        allRules(data.schema()).map(AuthRule::effectiveProvider).distinct()
                .forEach(provider -> requireConfigured(provider, data));
    }

    private static Stream<AuthRule> allRules(DataSchema schema) {
        List<AuthRule> rules = new ArrayList<>(schema.authorization());
        for (Model model : schema.models()) {
            rules.addAll(model.authorization());
            model.fields().stream().map(Field::authorization).forEach(rules::addAll);
        }
        return rules.stream();
    }

    private static void requireConfigured(AuthProvider provider, DataDefinition data) {
        AuthorizationMode mode = data.authorizationModes().defaultAuthorizationMode();
        boolean configured = switch (provider) {
            case USER_POOLS -> data.hasAuth() || mode == AuthorizationMode.USER_POOL;
            case IDENTITY_POOL, IAM -> data.hasAuth() || mode == AuthorizationMode.IAM
                    || mode == AuthorizationMode.IDENTITY_POOL;
            case OIDC -> data.authorizationModes().oidcAuthorizationMode() != null;
            case FUNCTION -> data.authorizationModes().lambdaAuthorizationMode() != null;
            case API_KEY -> true;
        };
        if (!configured) {
            throw new SchemaException("@auth directive with '" + provider.directiveName() + "' provider found, but"
                    + " the project has no " + describe(provider) + " authentication provider configured. "
                    + fix(provider));
        }
    }

    private static String describe(AuthProvider provider) {
        return switch (provider) {
            case USER_POOLS -> "Cognito User Pools";
            case OIDC -> "OPENID_CONNECT";
            case FUNCTION -> "Lambda";
            default -> "IAM";
        };
    }

    private static String fix(AuthProvider provider) {
        return switch (provider) {
            case USER_POOLS, IDENTITY_POOL, IAM -> "Add user sign-in to the backend:"
                    + " `Backend.of(defineAuth(), data, ...)`.";
            case OIDC -> "Configure the provider: `DataProps.builder(schema).oidcAuthorizationMode("
                    + "OidcAuthorizationMode.builder(\"MyProvider\", \"https://issuer.example.com\").build())`.";
            default -> "Configure the authorizer: `DataProps.builder(schema).lambdaAuthorizationMode("
                    + "LambdaAuthorizationMode.of(authorizerFunction))`.";
        };
    }
}
