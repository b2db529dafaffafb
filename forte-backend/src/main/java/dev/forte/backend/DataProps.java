package dev.forte.backend;

import dev.forte.data.ModelSchema;
import dev.forte.data.SchemaException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The props of {@code defineData}: the schema, the API's name and its authorization modes.
 *
 * <pre>{@code
 * defineData(DataProps.of(schema));
 * defineData(DataProps.builder(schema).name("todoApi").authorizationModes(AuthorizationMode.API_KEY, 30).build());
 * defineData(DataProps.builder(schema).oidcAuthorizationMode(
 *         OidcAuthorizationMode.builder("Keycloak", "https://sso.example.com/realms/shop").build()).build());
 * defineData(DataProps.builder(schema).lambdaAuthorizationMode(LambdaAuthorizationMode.of(authorizer)).build());
 * }</pre>
 */
public record DataProps(ModelSchema schema, String name, AuthorizationModes authorizationModes) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final int MAX_API_KEY_DAYS = 365;

    public DataProps {
        if (!NAME.matcher(name).matches()) {
            throw new SchemaException("defineData name `" + name + "` is not valid. Use letters, digits and _,"
                    + " starting with a letter, e.g. `todoApi`.");
        }
        int days = authorizationModes.apiKeyExpiresInDays();
        if (days < 1 || days > MAX_API_KEY_DAYS) {
            throw new SchemaException("defineData authorizationModes: apiKeyExpiresInDays must be between 1 and "
                    + MAX_API_KEY_DAYS + ", got " + days + ".");
        }
        if (authorizationModes.defaultAuthorizationMode() == AuthorizationMode.OIDC
                && authorizationModes.oidcAuthorizationMode() == null) {
            throw new SchemaException("defineData authorizationModes: the default mode is oidc, but no"
                    + " oidcAuthorizationMode is configured. Add `.oidcAuthorizationMode(OidcAuthorizationMode"
                    + ".builder(\"MyProvider\", \"https://issuer.example.com\").build())` to the DataProps builder.");
        }
        if (authorizationModes.defaultAuthorizationMode() == AuthorizationMode.LAMBDA
                && authorizationModes.lambdaAuthorizationMode() == null) {
            throw new SchemaException("defineData authorizationModes: the default mode is lambda, but no"
                    + " lambdaAuthorizationMode is configured. Add `.lambdaAuthorizationMode(LambdaAuthorizationMode"
                    + ".of(authorizer))` to the DataProps builder, with the function that authorizes tokens.");
        }
    }

    /** Returns Amplify's defaults for {@code schema}: name {@code amplifyData}, API key mode, 7-day keys. */
    public static DataProps of(ModelSchema schema) {
        return builder(schema).build();
    }

    /** Returns a builder starting from {@link #of}'s defaults. */
    public static Builder builder(ModelSchema schema) {
        return new Builder(schema);
    }

    /** Builds {@link DataProps}; every setter is optional. */
    public static final class Builder {
        private final ModelSchema schema;
        private String name = DataDefinition.DEFAULT_NAME;
        private AuthorizationModes authorizationModes = AuthorizationModes.defaults();
        private @Nullable OidcAuthorizationMode oidc;
        private @Nullable LambdaAuthorizationMode lambda;

        private Builder(ModelSchema schema) {
            this.schema = schema;
        }

        /** Sets the API's name, {@code amplifyData} by default. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the default mode and {@code apiKeyAuthorizationMode.expiresInDays} (1 to 365). */
        public Builder authorizationModes(AuthorizationMode defaultMode, int apiKeyExpiresInDays) {
            this.authorizationModes = new AuthorizationModes(defaultMode, apiKeyExpiresInDays);
            return this;
        }

        /**
         * Sets {@code oidcAuthorizationMode}: the API accepts this provider's tokens. Without
         * {@link #authorizationModes} it is also the default mode, as Amplify makes a single mode the default.
         */
        public Builder oidcAuthorizationMode(OidcAuthorizationMode oidc) {
            this.oidc = oidc;
            return this;
        }

        /**
         * Sets {@code lambdaAuthorizationMode}: the API accepts the tokens {@code lambda}'s function authorizes, for
         * rules {@code allow.custom()}. Without {@link #authorizationModes} it is also the default mode, as Amplify
         * makes a single mode the default.
         */
        public Builder lambdaAuthorizationMode(LambdaAuthorizationMode lambda) {
            this.lambda = lambda;
            return this;
        }

        public DataProps build() {
            AuthorizationModes modes = authorizationModes.declared() ? authorizationModes : undeclaredDefault();
            if (oidc != null) {
                modes = modes.withOidc(oidc);
            }
            if (lambda != null) {
                modes = modes.withLambda(lambda);
            }
            return new DataProps(schema, name, modes);
        }

        // Amplify makes a single configured mode the default, and asks for one when there are several.
        private AuthorizationModes undeclaredDefault() {
            if (oidc != null && lambda != null) {
                throw new SchemaException("defineData authorizationModes: a defaultAuthorizationMode is required if"
                        + " multiple authorization modes are configured (here oidc and lambda). Add"
                        + " `.authorizationModes(AuthorizationMode.OIDC, 7)` or `AuthorizationMode.LAMBDA`.");
            }
            if (oidc == null && lambda == null) {
                return authorizationModes;
            }
            AuthorizationMode single = oidc != null ? AuthorizationMode.OIDC : AuthorizationMode.LAMBDA;
            return new AuthorizationModes(single, authorizationModes.apiKeyExpiresInDays());
        }
    }
}
