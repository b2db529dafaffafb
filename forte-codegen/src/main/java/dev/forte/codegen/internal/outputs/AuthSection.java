package dev.forte.codegen.internal.outputs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.backend.LoginWith;

/**
 * The {@code auth} section of {@code amplify_outputs.json} for Forte's local user pool, with the fields Amplify's
 * outputs schema gives a user pool: sign-in with the email (Amplify's {@code loginWith: { email: true }}, which
 * requires it) or a plain username (no required attributes), codes by email (the sandbox prints them), no MFA, Cognito's default password policy, no groups. aws-amplify's {@code parseAmplifyOutputs}
 * reads no endpoint override from it: an app adds {@code Auth.Cognito.userPoolEndpoint} itself.
 */
public final class AuthSection {
    private AuthSection() {}

    /**
     * Returns the section of the pool {@code userPoolId} in {@code region} with the app client {@code clientId},
     * whose users sign in with {@code loginWith}.
     */
    public static ObjectNode of(String region, String userPoolId, String clientId, LoginWith loginWith) {
        boolean email = loginWith == LoginWith.EMAIL;
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode auth = json.objectNode();
        auth.put("aws_region", region);
        auth.put("user_pool_id", userPoolId);
        auth.put("user_pool_client_id", clientId);
        auth.putArray("username_attributes").add(email ? "email" : "username");
        ArrayNode required = auth.putArray("standard_required_attributes");
        if (email) {
            required.add("email");
        }
        auth.putArray("user_verification_types").add("email");
        auth.putArray("groups");
        auth.put("mfa_configuration", "NONE");
        auth.putArray("mfa_methods");
        ObjectNode policy = auth.putObject("password_policy");
        policy.put("min_length", 8);
        policy.put("require_lowercase", true);
        policy.put("require_numbers", true);
        policy.put("require_symbols", true);
        policy.put("require_uppercase", true);
        return auth;
    }
}
