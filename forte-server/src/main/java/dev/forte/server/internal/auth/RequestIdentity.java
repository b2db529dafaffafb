package dev.forte.server.internal.auth;

import dev.forte.schema.ResourceOperation;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The verified caller of one request: its auth mode and what the mode proved. Resolvers read it from the
 * GraphQL context; JWT claims join it as their modes land.
 *
 * @param claims what the credential says about the caller (JWT claims); empty for an API key or a function
 * @param function the function that signed an IAM request with its issued credentials; null in other modes
 * @param lambda what the Lambda authorizer granted the caller's token; null in other modes
 * @param identityPool the identity-pool caller (guest or signed-in user) that signed an IAM request; null otherwise
 */
public record RequestIdentity(AuthMode mode, Map<String, Object> claims, @Nullable FunctionPrincipal function,
        @Nullable LambdaAuthorization lambda, @Nullable IdentityPoolPrincipal identityPool) {

    public RequestIdentity {
        claims = Map.copyOf(claims);
    }

    public RequestIdentity(AuthMode mode, Map<String, Object> claims, @Nullable FunctionPrincipal function,
            @Nullable LambdaAuthorization lambda) {
        this(mode, claims, function, lambda, null);
    }

    public RequestIdentity(AuthMode mode, Map<String, Object> claims, @Nullable FunctionPrincipal function) {
        this(mode, claims, function, null);
    }

    public RequestIdentity(AuthMode mode, Map<String, Object> claims) {
        this(mode, claims, null);
    }

    /** Returns the identity of a caller holding a valid API key. */
    public static RequestIdentity apiKey() {
        return new RequestIdentity(AuthMode.API_KEY, Map.of());
    }

    /** Returns the identity of {@code function} signing with its IAM credentials. */
    public static RequestIdentity function(FunctionPrincipal function) {
        return new RequestIdentity(AuthMode.AWS_IAM, Map.of(), function);
    }

    /** Returns the identity of {@code caller} signing with identity-pool credentials. */
    public static RequestIdentity identityPool(IdentityPoolPrincipal caller) {
        return new RequestIdentity(AuthMode.AWS_IAM, Map.of(), null, null, caller);
    }

    /** Returns the identity of whoever signed an IAM request with credentials Forte issued. */
    public static RequestIdentity iam(IamPrincipal principal) {
        return principal instanceof FunctionPrincipal function ? function(function)
                : identityPool((IdentityPoolPrincipal) principal);
    }

    /** Returns the identity of a caller whose token the Lambda authorizer accepted. */
    public static RequestIdentity lambda(LambdaAuthorization authorization) {
        return new RequestIdentity(AuthMode.AWS_LAMBDA, Map.of(), null, authorization);
    }

    /** Returns whether the Lambda authorizer denied this caller field {@code fieldName} of type {@code typeName}. */
    public boolean deniedField(String typeName, String fieldName) {
        return lambda != null && lambda.denies(typeName, fieldName);
    }

    /**
     * Returns whether this caller may resolve a field open to {@code allowedModes}: its mode must be among them,
     * and a function must also hold the grant for the field's root operation ({@code rootOperation}, null below
     * the root). A function's grant replaces model and field rules (AMPLIFY §1), so nothing else is checked.
     */
    public boolean mayAccess(Set<AuthMode> allowedModes, @Nullable ResourceOperation rootOperation) {
        if (!allowedModes.contains(mode)) {
            return false;
        }
        return function == null || function.mayRun(rootOperation);
    }
}
