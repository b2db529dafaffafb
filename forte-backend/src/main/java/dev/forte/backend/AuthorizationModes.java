package dev.forte.backend;

import org.jspecify.annotations.Nullable;

/**
 * The {@code authorizationModes} of {@code defineData}. IAM is always enabled besides the default mode, as on an
 * Amplify API.
 *
 * @param apiKeyExpiresInDays {@code apiKeyAuthorizationMode.expiresInDays}, 7 by default (1 to 365)
 * @param declared whether {@code defineData} named the default mode; when it did not, a backend with
 *     {@code defineAuth()} defaults to {@link AuthorizationMode#USER_POOL} and one without to
 *     {@link AuthorizationMode#API_KEY}, as Amplify does
 * @param oidcAuthorizationMode the OpenID Connect provider whose tokens the API accepts; null when the API has no
 *     {@link AuthorizationMode#OIDC} mode
 * @param lambdaAuthorizationMode the function that authorizes Lambda tokens; null when the API has no
 *     {@link AuthorizationMode#LAMBDA} mode
 */
public record AuthorizationModes(AuthorizationMode defaultAuthorizationMode, int apiKeyExpiresInDays, boolean declared,
        @Nullable OidcAuthorizationMode oidcAuthorizationMode,
        @Nullable LambdaAuthorizationMode lambdaAuthorizationMode) {

    /** Days an API key lives when {@code expiresInDays} is not given. */
    public static final int DEFAULT_API_KEY_EXPIRES_IN_DAYS = 7;

    /** Returns modes without an OpenID Connect provider or a Lambda authorizer. */
    public AuthorizationModes(AuthorizationMode defaultAuthorizationMode, int apiKeyExpiresInDays, boolean declared) {
        this(defaultAuthorizationMode, apiKeyExpiresInDays, declared, null, null);
    }

    /** Returns modes the backend declared explicitly. */
    public AuthorizationModes(AuthorizationMode defaultAuthorizationMode, int apiKeyExpiresInDays) {
        this(defaultAuthorizationMode, apiKeyExpiresInDays, true);
    }

    /** Returns Amplify's default for a backend without {@code defineAuth}: API key, 7-day keys. */
    public static AuthorizationModes defaults() {
        return new AuthorizationModes(AuthorizationMode.API_KEY, DEFAULT_API_KEY_EXPIRES_IN_DAYS, false);
    }

    /** Returns these modes with {@code oidc} configured as well. */
    public AuthorizationModes withOidc(OidcAuthorizationMode oidc) {
        return new AuthorizationModes(defaultAuthorizationMode, apiKeyExpiresInDays, declared, oidc,
                lambdaAuthorizationMode);
    }

    /** Returns these modes with {@code lambda} configured as well. */
    public AuthorizationModes withLambda(LambdaAuthorizationMode lambda) {
        return new AuthorizationModes(defaultAuthorizationMode, apiKeyExpiresInDays, declared, oidcAuthorizationMode,
                lambda);
    }

    /** Returns the modes of a backend with {@code defineAuth()}: user pool by default when none was declared. */
    AuthorizationModes withAuth() {
        return declared ? this : new AuthorizationModes(AuthorizationMode.USER_POOL, apiKeyExpiresInDays, false,
                oidcAuthorizationMode, lambdaAuthorizationMode);
    }
}
