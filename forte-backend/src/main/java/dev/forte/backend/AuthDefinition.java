package dev.forte.backend;

import java.util.Objects;

/**
 * The result of {@code defineAuth()}: the backend signs users in, so its API accepts user-pool tokens (the
 * {@code Authorization} header) and IAM, and {@code defineData} defaults to the {@code userPool} mode. Forte is its
 * own issuer: the sandbox mints tokens with {@code ./forte auth token --user alice}.
 *
 * @param loginWith what users sign up and sign in with, {@link LoginWith#EMAIL} by default as in Amplify
 * @param allowUnauthenticatedIdentities whether the identity pool gives guests (signed-out visitors) credentials,
 *     as Amplify's does unless {@code backend.ts} sets {@code cfnIdentityPool.allowUnauthenticatedIdentities = false}
 */
public record AuthDefinition(LoginWith loginWith, boolean allowUnauthenticatedIdentities) {

    public AuthDefinition {
        Objects.requireNonNull(loginWith, "loginWith");
    }

    /** Returns sign-in with email whose identity pool gives guests credentials, Amplify's defaults. */
    public AuthDefinition() {
        this(LoginWith.EMAIL);
    }

    /** Returns sign-in with {@code loginWith} whose identity pool gives guests credentials, Amplify's default. */
    public AuthDefinition(LoginWith loginWith) {
        this(loginWith, true);
    }

    /**
     * Returns this sign-in with guests' credentials allowed or not, Amplify's
     * {@code backend.auth.resources.cfnResources.cfnIdentityPool.allowUnauthenticatedIdentities}:
     * {@code defineAuth().allowUnauthenticatedIdentities(false)} refuses guests ({@code allow.guest()} rules then
     * admit nobody) and writes {@code unauthenticated_identities_enabled: false} to {@code amplify_outputs.json}.
     */
    public AuthDefinition allowUnauthenticatedIdentities(boolean allowed) {
        return new AuthDefinition(loginWith, allowed);
    }
}
