package dev.forte.server.internal.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.forte.backend.OidcAuthorizationMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an {@code OPENID_CONNECT} token must carry beyond a valid signature, issuer and expiry: an audience
 * ({@code aud}, else {@code client_id} or {@code azp}) matching the provider's client id when one is configured
 * (a regular expression, as on AppSync), and {@code iat} / {@code auth_time} within the configured ages
 * ({@code tokenExpireFromIssueInSeconds}, {@code tokenExpiryFromAuthInSeconds}; 0 means no limit), allowing the
 * same minute of clock skew as the expiry check.
 */
final class OidcClaims implements JwtAuthenticator.ClaimsCheck {
    static final String WRONG_AUDIENCE = "You are not authorized to make this call: the token's audience does not"
            + " match the API's OpenID Connect client id.";
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private final @Nullable Pattern clientId;
    private final Duration maxAgeFromIssue;
    private final Duration maxAgeFromAuth;
    private final Clock clock;

    OidcClaims(OidcAuthorizationMode provider, Clock clock) {
        this.clientId = provider.clientId() == null ? null : Pattern.compile(provider.clientId());
        this.maxAgeFromIssue = Duration.ofSeconds(provider.tokenExpireFromIssueInSeconds());
        this.maxAgeFromAuth = Duration.ofSeconds(provider.tokenExpiryFromAuthInSeconds());
        this.clock = clock;
    }

    @Override
    public void check(JWTClaimsSet claims) {
        if (clientId != null && audiences(claims).stream().noneMatch(clientId.asMatchPredicate())) {
            throw AuthenticationException.unauthorized(WRONG_AUDIENCE);
        }
        requireYoungerThan(maxAgeFromIssue, claims.getIssueTime(), "iat", "issued",
                "tokenExpireFromIssueInSeconds");
        requireYoungerThan(maxAgeFromAuth, authTime(claims), "auth_time", "signed in",
                "tokenExpiryFromAuthInSeconds");
    }

    private static List<String> audiences(JWTClaimsSet claims) {
        List<String> audiences = new ArrayList<>(claims.getAudience());
        for (String claim : List.of("client_id", "azp")) {
            if (claims.getClaim(claim) instanceof String value) {
                audiences.add(value);
            }
        }
        return audiences;
    }

    private static @Nullable Date authTime(JWTClaimsSet claims) {
        return claims.getClaim("auth_time") instanceof Number seconds
                ? Date.from(Instant.ofEpochSecond(seconds.longValue())) : null;
    }

    private void requireYoungerThan(Duration maxAge, @Nullable Date since, String claim, String event,
            String setting) {
        if (maxAge.isZero()) {
            return;
        }
        if (since == null) {
            throw AuthenticationException.unauthorized("You are not authorized to make this call: the token has no "
                    + claim + " claim, which the API's " + setting + " needs.");
        }
        if (since.toInstant().plus(maxAge).plus(CLOCK_SKEW).isBefore(clock.instant())) {
            throw AuthenticationException.unauthorized(JwtAuthenticator.EXPIRED + " It was " + event + " more than "
                    + maxAge.toSeconds() + " seconds ago (" + setting + ").");
        }
    }
}
