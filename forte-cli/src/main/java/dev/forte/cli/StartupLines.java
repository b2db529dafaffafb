package dev.forte.cli;

import dev.forte.backend.AuthorizationModes;
import dev.forte.backend.Backend;
import dev.forte.backend.FunctionDefinition;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.backend.OidcAuthorizationMode;
import dev.forte.server.ForteServer;
import dev.forte.server.IdentityPoolEndpoint;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The lines {@code sandbox} and {@code serve} print once the API answers: endpoints, how to authorize, functions. */
final class StartupLines {
    private StartupLines() {}

    /**
     * Returns {@code GraphQL endpoint:}, {@code API key:}, the lines of the token modes and {@code Realtime
     * endpoint:}, for clients reaching the API at {@code graphql} and {@code realtime}; {@code userPoolIssuer} names
     * an external user pool, null for the local one.
     */
    static List<String> endpoints(Backend defined, ForteServer server, URI graphql, URI realtime,
            @Nullable String userPoolIssuer) {
        List<String> lines = new ArrayList<>();
        lines.add("GraphQL endpoint: " + graphql);
        lines.add("API key: " + (server.apiKey() == null ? "none (the API has no API-key mode)" : server.apiKey()));
        if (defined.hasAuth()) {
            lines.add(userPoolIssuer == null
                    ? "Users: send `Authorization: $(forte auth token --user NAME)`; the local user pool's keys are at "
                            + graphql.resolve("/.well-known/jwks.json")
                    : "Users: send `Authorization: TOKEN` from the user pool " + userPoolIssuer + " (keys from its "
                            + "/.well-known/jwks.json)");
        }
        if (server.userPoolEndpoint() != null) {
            lines.add("User pool endpoint: " + graphql.resolve(server.userPoolEndpoint().getPath())
                    + " (aws-amplify's Auth.Cognito.userPoolEndpoint: signUp, signIn, ...)");
        }
        lines.addAll(tokenModes(defined.data().authorizationModes()));
        lines.add("Realtime endpoint: " + realtime);
        lines.addAll(identityPool(server.identityPool(), graphql));
        return lines;
    }

    /** Returns {@code Identity pool endpoint:} on the clients' origin, with the pool's id, when there is a pool. */
    private static List<String> identityPool(@Nullable IdentityPoolEndpoint pool, URI graphql) {
        if (pool == null) {
            return List.of();
        }
        return List.of("Identity pool endpoint: " + graphql.resolve(pool.endpoint().getPath()),
                "Identity pool id: " + pool.identityPoolId() + (pool.guestAccess()
                        ? " (guests get credentials: Auth.Cognito.allowGuestAccess)" : " (no guest access)"));
    }

    private static List<String> tokenModes(AuthorizationModes modes) {
        List<String> lines = new ArrayList<>();
        OidcAuthorizationMode oidc = modes.oidcAuthorizationMode();
        if (oidc != null) {
            lines.add("OIDC tokens: send `Authorization: TOKEN` from " + oidc.oidcProviderName() + ", issuer "
                    + oidc.oidcIssuerUrl() + " (keys from its /.well-known/openid-configuration)");
        }
        LambdaAuthorizationMode lambda = modes.lambdaAuthorizationMode();
        if (lambda != null) {
            lines.add("Lambda tokens: send `Authorization: TOKEN`; function `" + lambda.functionName() + "` decides, "
                    + "its answer reused for " + lambda.timeToLiveInSeconds() + " s unless it sets ttlOverride");
        }
        return lines;
    }

    /** Returns the {@code Functions:} line when the backend has functions, ending with how to invoke one. */
    static List<String> functions(Backend defined, String invokeHint) {
        if (defined.functions().isEmpty()) {
            return List.of();
        }
        return List.of("Functions: " + defined.functions().stream().map(FunctionDefinition::name)
                .collect(Collectors.joining(", ")) + " (run one with `forte function invoke NAME" + invokeHint + "`)");
    }
}
