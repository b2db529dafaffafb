package dev.forte.backend;

import dev.forte.data.SchemaException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code oidcAuthorizationMode} of {@code defineData}: an OpenID Connect provider (Keycloak, Auth0, ...) whose
 * tokens the API accepts as AppSync's {@code OPENID_CONNECT} mode. The names are Amplify's.
 *
 * <pre>{@code
 * OidcAuthorizationMode.builder("Keycloak", "https://sso.example.com/realms/shop")
 *         .clientId("shop-web").tokenExpireFromIssueInSeconds(3600).build();
 * }</pre>
 *
 * @param oidcProviderName a name for the provider, e.g. {@code Keycloak}
 * @param oidcIssuerUrl the issuer: tokens must carry it as {@code iss} exactly, and its keys are found through
 *     {@code <issuer>/.well-known/openid-configuration}
 * @param clientId when given, a token's {@code aud} (or {@code client_id}, {@code azp}) must match it; as on AppSync
 *     it is a regular expression, so {@code web|mobile} admits two clients
 * @param tokenExpiryFromAuthInSeconds how long after {@code auth_time} a token is accepted; 0 for no limit
 * @param tokenExpireFromIssueInSeconds how long after {@code iat} a token is accepted; 0 for no limit
 */
public record OidcAuthorizationMode(String oidcProviderName, String oidcIssuerUrl, @Nullable String clientId,
        long tokenExpiryFromAuthInSeconds, long tokenExpireFromIssueInSeconds) {

    public OidcAuthorizationMode {
        Objects.requireNonNull(oidcProviderName, "oidcProviderName");
        Objects.requireNonNull(oidcIssuerUrl, "oidcIssuerUrl");
        if (oidcProviderName.isBlank()) {
            throw invalid("oidcProviderName is empty. Name the provider, e.g. `Keycloak`.");
        }
        requireHttpUrl(oidcIssuerUrl);
        requireRegex(clientId);
        requireNotNegative("tokenExpiryFromAuthInSeconds", tokenExpiryFromAuthInSeconds);
        requireNotNegative("tokenExpireFromIssueInSeconds", tokenExpireFromIssueInSeconds);
    }

    /** Returns a builder for {@code oidcProviderName} at {@code oidcIssuerUrl}: no client id, no age limits. */
    public static Builder builder(String oidcProviderName, String oidcIssuerUrl) {
        return new Builder(oidcProviderName, oidcIssuerUrl);
    }

    private static void requireHttpUrl(String issuer) {
        try {
            URI uri = new URI(issuer);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null
                    && ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                return;
            }
        } catch (URISyntaxException e) {
            // Reported below with the fix.
        }
        throw invalid("oidcIssuerUrl `" + issuer + "` is not an absolute https (or http) URL. Give the issuer"
                + " exactly as your provider puts it in `iss`, e.g. `https://sso.example.com/realms/shop`.");
    }

    private static void requireRegex(@Nullable String clientId) {
        if (clientId == null) {
            return;
        }
        if (clientId.isBlank()) {
            throw invalid("clientId is empty. Leave it out to accept any client, or give the client id.");
        }
        try {
            Pattern.compile(clientId);
        } catch (PatternSyntaxException e) {
            throw invalid("clientId `" + clientId + "` is not a valid regular expression (" + e.getDescription()
                    + "). Escape special characters, e.g. `my\\\\.client`.");
        }
    }

    private static void requireNotNegative(String name, long seconds) {
        if (seconds < 0) {
            throw invalid(name + " is " + seconds + ". Give a number of seconds, or 0 for no limit.");
        }
    }

    private static SchemaException invalid(String problem) {
        return new SchemaException("defineData authorizationModes: oidcAuthorizationMode " + problem);
    }

    /** Builds an {@link OidcAuthorizationMode}; the client id and age limits are optional. */
    public static final class Builder {
        private final String oidcProviderName;
        private final String oidcIssuerUrl;
        private @Nullable String clientId;
        private long tokenExpiryFromAuthInSeconds;
        private long tokenExpireFromIssueInSeconds;

        private Builder(String oidcProviderName, String oidcIssuerUrl) {
            this.oidcProviderName = oidcProviderName;
            this.oidcIssuerUrl = oidcIssuerUrl;
        }

        /** Sets the client id (a regular expression) that {@code aud}, {@code client_id} or {@code azp} must match. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** Sets how long after the user signed in ({@code auth_time}) a token is accepted; 0 for no limit. */
        public Builder tokenExpiryFromAuthInSeconds(long seconds) {
            this.tokenExpiryFromAuthInSeconds = seconds;
            return this;
        }

        /** Sets how long after it was issued ({@code iat}) a token is accepted; 0 for no limit. */
        public Builder tokenExpireFromIssueInSeconds(long seconds) {
            this.tokenExpireFromIssueInSeconds = seconds;
            return this;
        }

        public OidcAuthorizationMode build() {
            return new OidcAuthorizationMode(oidcProviderName, oidcIssuerUrl, clientId, tokenExpiryFromAuthInSeconds,
                    tokenExpireFromIssueInSeconds);
        }
    }
}
