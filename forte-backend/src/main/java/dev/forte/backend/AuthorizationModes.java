package dev.forte.backend;

/**
 * The {@code authorizationModes} of {@code defineData}. IAM is always enabled besides the default mode, as on an
 * Amplify API.
 *
 * @param apiKeyExpiresInDays {@code apiKeyAuthorizationMode.expiresInDays}, 7 by default (1 to 365)
 */
public record AuthorizationModes(AuthorizationMode defaultAuthorizationMode, int apiKeyExpiresInDays) {

    /** Days an API key lives when {@code expiresInDays} is not given. */
    public static final int DEFAULT_API_KEY_EXPIRES_IN_DAYS = 7;

    /** Returns Amplify's default for a backend without {@code defineAuth}: API key, 7-day keys. */
    public static AuthorizationModes defaults() {
        return new AuthorizationModes(AuthorizationMode.API_KEY, DEFAULT_API_KEY_EXPIRES_IN_DAYS);
    }
}
