package dev.forte.backend.internal;

import dev.forte.backend.BackendException;
import dev.forte.backend.DataDefinition;
import dev.forte.backend.FunctionDefinition;
import dev.forte.backend.LambdaAuthorizationMode;
import dev.forte.schema.CustomOperation;
import dev.forte.schema.ResourceGrant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that a backend's functions, its schema's grants and its rules' providers fit together. */
public final class BackendChecks {

    private BackendChecks() {}

    /**
     * Throws for a duplicate function name, a grant, custom operation or Lambda authorizer naming a function not in
     * the backend, or a rule whose provider the backend does not configure.
     */
    public static void check(DataDefinition data, List<FunctionDefinition> functions) {
        AuthChecks.requireConfiguredProviders(data);
        Set<String> names = new HashSet<>();
        for (FunctionDefinition function : functions) {
            if (!names.add(function.name())) {
                throw new BackendException("Two functions are named `" + function.name() + "`. Give each"
                        + " function a unique name with `FunctionProps.builder(...).name(...)`.");
            }
        }
        for (ResourceGrant grant : data.schema().resourceGrants()) {
            if (!names.contains(grant.functionName())) {
                throw new BackendException("The schema grants data access to function `" + grant.functionName()
                        + "`, which is not in the backend. Pass that function to `Backend.of(data, ...)` too.");
            }
        }
        LambdaAuthorizationMode lambda = data.authorizationModes().lambdaAuthorizationMode();
        if (lambda != null && !names.contains(lambda.functionName())) {
            throw new BackendException("The Lambda authorizer of defineData is function `" + lambda.functionName()
                    + "`, which is not in the backend. Pass that function to `Backend.of(data, ...)` too.");
        }
        for (CustomOperation operation : data.schema().operations()) {
            String function = operation.handler().functionName();
            if (!names.contains(function)) {
                throw new BackendException("Custom operation `" + operation.name() + "` is answered by function `"
                        + function + "`, which is not in the backend. Pass that function to `Backend.of(data, ...)`"
                        + " too.");
            }
        }
    }
}
