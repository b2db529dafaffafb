package dev.forte.server.internal.execution;

import dev.forte.schema.CustomOperation;
import dev.forte.server.internal.auth.FunctionPrincipal;
import dev.forte.server.internal.auth.IdentityPoolPrincipal;
import dev.forte.server.internal.auth.RequestIdentity;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The payload Amplify's {@code @function} pipeline sends a function ({@code InvokeFn<Field>LambdaDataSource.req.vtl}):
 * {@code typeName}, {@code fieldName}, {@code arguments}, {@code identity}, {@code source}, {@code request} and
 * {@code prev}, each as AppSync fills {@code $ctx} for a root field.
 */
final class ResolverEvent {
    /** Forte's stand-in for an AWS account, as in the function ARNs its Runtime API reports. */
    static final String ACCOUNT_ID = "000000000000";

    private ResolverEvent() {}

    static Map<String, @Nullable Object> of(CustomOperation operation, DataFetchingEnvironment environment) {
        RequestIdentity identity = environment.getGraphQlContext().get(RequestIdentity.class);
        Supplier<CallerRequest> source = environment.getGraphQlContext().getOrDefault(CallerRequest.SOURCE,
                CallerRequest::none);
        CallerRequest caller = source.get();
        Map<String, @Nullable Object> event = new LinkedHashMap<>();
        event.put("typeName", operation.type().graphqlTypeName());
        event.put("fieldName", operation.name());
        event.put("arguments", environment.getArguments());
        event.put("identity", identity == null ? null : identity(identity, caller));
        event.put("source", null);
        Map<String, @Nullable Object> request = new LinkedHashMap<>();
        request.put("headers", caller.headers());
        request.put("domainName", null);
        event.put("request", request);
        // The pipeline's auth step answers {} before the function runs: $ctx.prev.result.
        event.put("prev", Map.of("result", Map.of()));
        return event;
    }

    /**
     * AppSync's {@code $ctx.identity}: null for an API key, the IAM shape for a function's or an identity-pool
     * caller's credentials,
     * {@code {resolverContext}} for a Lambda-authorized token, the user-pool shape ({@code claims},
     * {@code defaultAuthStrategy}, {@code groups}, {@code issuer}, {@code sourceIp}, {@code sub}, {@code username})
     * for a user-pool token and {@code {claims, issuer, sub}} for an OpenID Connect token.
     */
    private static @Nullable Map<String, @Nullable Object> identity(RequestIdentity identity, CallerRequest caller) {
        if (identity.lambda() != null) {
            return Map.of("resolverContext", identity.lambda().resolverContext());
        }
        switch (identity.mode()) {
            case AMAZON_COGNITO_USER_POOLS -> {
                return userPoolIdentity(identity.claims(), caller);
            }
            case OPENID_CONNECT -> {
                Map<String, @Nullable Object> oidc = new LinkedHashMap<>();
                oidc.put("claims", identity.claims());
                oidc.put("issuer", identity.claims().get("iss"));
                oidc.put("sub", identity.claims().get("sub"));
                return oidc;
            }
            default -> {
                return iamIdentity(identity, caller);
            }
        }
    }

    /** Cognito's: the username is the access token's {@code username}, else the ID token's {@code cognito:username}. */
    private static Map<String, @Nullable Object> userPoolIdentity(Map<String, Object> claims, CallerRequest caller) {
        Map<String, @Nullable Object> user = new LinkedHashMap<>();
        user.put("claims", claims);
        user.put("defaultAuthStrategy", "ALLOW");
        user.put("groups", claims.get("cognito:groups"));
        user.put("issuer", claims.get("iss"));
        user.put("sourceIp", sourceIp(caller));
        user.put("sub", claims.get("sub"));
        user.put("username", claims.getOrDefault("username", claims.get("cognito:username")));
        return user;
    }

    private static @Nullable Map<String, @Nullable Object> iamIdentity(RequestIdentity identity, CallerRequest caller) {
        if (identity.identityPool() != null) {
            return identityPoolIdentity(identity.identityPool(), caller);
        }
        FunctionPrincipal function = identity.function();
        if (function == null) {
            return null;
        }
        String role = "forte-function-" + function.functionName();
        Map<String, @Nullable Object> iam = new LinkedHashMap<>();
        iam.put("accountId", ACCOUNT_ID);
        iam.put("cognitoIdentityAuthProvider", null);
        iam.put("cognitoIdentityAuthType", null);
        iam.put("cognitoIdentityId", null);
        iam.put("cognitoIdentityPoolId", null);
        iam.put("sourceIp", sourceIp(caller));
        iam.put("userArn", "arn:aws:sts::" + ACCOUNT_ID + ":assumed-role/" + role + "/" + function.functionName());
        iam.put("username", role + ":" + function.functionName());
        return iam;
    }

    /** AppSync's IAM identity of a Cognito identity-pool caller: the pool, the identity and the assumed role. */
    private static Map<String, @Nullable Object> identityPoolIdentity(IdentityPoolPrincipal principal,
            CallerRequest caller) {
        Map<String, @Nullable Object> iam = new LinkedHashMap<>();
        iam.put("accountId", ACCOUNT_ID);
        iam.put("cognitoIdentityAuthProvider", principal.authProvider());
        iam.put("cognitoIdentityAuthType", principal.authType());
        iam.put("cognitoIdentityId", principal.identityId());
        iam.put("cognitoIdentityPoolId", principal.poolId());
        iam.put("sourceIp", sourceIp(caller));
        iam.put("userArn", principal.userArn(ACCOUNT_ID));
        iam.put("username", principal.roleName() + ":CognitoIdentityCredentials");
        return iam;
    }

    private static List<String> sourceIp(CallerRequest caller) {
        return caller.sourceIp() == null ? List.of() : List.of(caller.sourceIp());
    }
}
