package dev.forte.server.internal.auth;

import org.jspecify.annotations.Nullable;

/**
 * A caller holding identity-pool credentials ({@code GetCredentialsForIdentity}): a guest (unauthenticated
 * identity) or a user who signed in with the backend's user pool (authenticated identity). Model rules admit it by
 * {@code allow.guest()} or {@code allow.authenticated('identityPool')}, as Amplify's resolvers compare its role with
 * the pool's unauthenticated or authenticated role (PROTOCOL §2.4).
 *
 * @param poolId the identity pool, {@code <region>:<uuid>}
 * @param identityId the caller's identity, {@code <region>:<uuid>}
 * @param loginProvider the provider the user signed in with, e.g. {@code cognito-idp.us-east-1.amazonaws.com/
 *     us-east-1_abc}; null for a guest
 * @param userSub the user pool's {@code sub} of a signed-in user; null for a guest
 */
public record IdentityPoolPrincipal(String poolId, String identityId, @Nullable String loginProvider,
        @Nullable String userSub) implements IamPrincipal {
    /** The role Forte's identity pool gives signed-in users, as Amplify's {@code authenticatedUserRoleName}. */
    public static final String AUTHENTICATED_ROLE = "forte-identity-pool-authRole";
    /** The role it gives guests, as Amplify's {@code unauthenticatedUserRoleName}. */
    public static final String UNAUTHENTICATED_ROLE = "forte-identity-pool-unauthRole";

    /** Returns whether the caller signed in (an authenticated identity) rather than being a guest. */
    public boolean authenticated() {
        return loginProvider != null;
    }

    /** Returns AppSync's {@code cognitoIdentityAuthType}: {@code authenticated} or {@code unauthenticated}. */
    public String authType() {
        return authenticated() ? "authenticated" : "unauthenticated";
    }

    /** Returns the role the caller's credentials assume. */
    public String roleName() {
        return authenticated() ? AUTHENTICATED_ROLE : UNAUTHENTICATED_ROLE;
    }

    /** Returns AppSync's {@code userArn}: the assumed role's session, as STS names it for Cognito credentials. */
    public String userArn(String accountId) {
        return "arn:aws:sts::" + accountId + ":assumed-role/" + roleName() + "/CognitoIdentityCredentials";
    }

    /**
     * Returns AppSync's {@code cognitoIdentityAuthProvider} for a signed-in user:
     * {@code "<provider>","<provider>:CognitoSignIn:<sub>"}; null for a guest.
     */
    public @Nullable String authProvider() {
        return authenticated() ? "\"" + loginProvider + "\",\"" + loginProvider + ":CognitoSignIn:" + userSub + "\""
                : null;
    }
}
