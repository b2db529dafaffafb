package dev.forte.backend;

/**
 * The result of {@code defineAuth()}: the backend signs users in, so its API accepts user-pool tokens (the
 * {@code Authorization} header) and IAM, and {@code defineData} defaults to the {@code userPool} mode. Forte is its
 * own issuer: the sandbox mints tokens with {@code ./forte auth token --user alice}.
 *
 * @param allowUnauthenticatedIdentities whether the identity pool gives guests (signed-out visitors) credentials,
 *     as Amplify's does unless {@code backend.ts} sets {@code cfnIdentityPool.allowUnauthenticatedIdentities = false}
 */
public record AuthDefinition(boolean allowUnauthenticatedIdentities) {

    /** Returns user sign-in whose identity pool gives guests credentials, Amplify's default. */
    public AuthDefinition() {
        this(true);
    }

    /**
     * Returns this sign-in with guests' credentials allowed or not, Amplify's
     * {@code backend.auth.resources.cfnResources.cfnIdentityPool.allowUnauthenticatedIdentities}:
     * {@code defineAuth().allowUnauthenticatedIdentities(false)} refuses guests ({@code allow.guest()} rules then
     * admit nobody) and writes {@code unauthenticated_identities_enabled: false} to {@code amplify_outputs.json}.
     */
    public AuthDefinition allowUnauthenticatedIdentities(boolean allowed) {
        return new AuthDefinition(allowed);
    }
}
