package dev.forte.cli.internal;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * What a running sandbox serves, as {@code sandbox.json} records it for other commands ({@code generate outputs}).
 *
 * @param apiKey a valid API key, or null when the API has no API-key mode
 * @param region the region IAM requests are signed for
 * @param identityPoolId the identity pool's id, or null when the backend has none
 * @param guestAccess whether the identity pool gives guests credentials
 * @param userPoolId the id of the local user pool whose Cognito API the server serves, or null when it serves none
 */
public record SandboxApi(URI graphqlEndpoint, @Nullable String apiKey, String region, @Nullable String identityPoolId,
        boolean guestAccess, @Nullable String userPoolId) {

    /** Returns what an API without an identity pool or a local user pool serves. */
    public SandboxApi(URI graphqlEndpoint, @Nullable String apiKey, String region) {
        this(graphqlEndpoint, apiKey, region, null, false, null);
    }
}
