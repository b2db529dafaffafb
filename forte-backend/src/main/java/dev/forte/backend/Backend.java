package dev.forte.backend;

import dev.forte.backend.internal.BackendChecks;
import dev.forte.schema.ResourceGrant;
import java.util.List;
import java.util.Optional;

/**
 * A defined backend: its one data API and its functions. A backend has exactly one {@code defineData}, so
 * Amplify's "Multiple `defineData` calls are not allowed within an Amplify backend" cannot happen here.
 *
 * <pre>{@code
 * var dataAccess = defineFunction(DataAccessHandler.class);
 * var schema = a.schema(model("Todo", a.model(field("name", a.string()))))
 *         .authorization(allow -> List.of(allow.publicApiKey(), allow.resource(dataAccess)));
 * return Backend.of(defineData(DataProps.of(schema)), dataAccess);
 * }</pre>
 *
 * @param functions the backend's functions in declaration order, names unique
 * @param guestAccess whether its identity pool gives guests credentials ({@code defineAuth()
 *     .allowUnauthenticatedIdentities(false)} makes it false)
 */
public record Backend(DataDefinition data, List<FunctionDefinition> functions, boolean guestAccess) {

    /**
     * Checks that function names are unique and that every {@code allow.resource(fn)} names a function of
     * this backend.
     *
     * @throws BackendException naming the duplicate or missing function
     */
    public Backend {
        functions = List.copyOf(functions);
        BackendChecks.check(data, functions);
    }

    /** Returns a backend serving {@code data}, with {@code functions}; an identity pool of it admits guests. */
    public Backend(DataDefinition data, List<FunctionDefinition> functions) {
        this(data, functions, true);
    }

    /** Returns a backend serving {@code data}, with {@code functions}. */
    public static Backend of(DataDefinition data, FunctionDefinition... functions) {
        return new Backend(data, List.of(functions));
    }

    /**
     * Returns a backend with user sign-in ({@code defineAuth()}), serving {@code data}, with {@code functions}:
     * the API accepts user-pool tokens and IAM, and its default mode is userPool unless {@code defineData} named
     * one.
     *
     * <pre>{@code
     * return Backend.of(defineAuth(), defineData(DataProps.of(schema)), dataAccess);
     * }</pre>
     */
    public static Backend of(AuthDefinition auth, DataDefinition data, FunctionDefinition... functions) {
        return new Backend(data.withAuth(auth), List.of(functions), auth.allowUnauthenticatedIdentities());
    }

    /** Returns whether the backend signs users in ({@code defineAuth()}). */
    public boolean hasAuth() {
        return data.hasAuth();
    }

    /** Returns the function named {@code name}, if the backend has one. */
    public Optional<FunctionDefinition> function(String name) {
        return functions.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Returns the data access {@code function} was granted with {@code allow.resource(fn)}, if any. */
    public Optional<ResourceGrant> grant(FunctionDefinition function) {
        return data.schema().resourceGrants().stream()
                .filter(grant -> grant.functionName().equals(function.name())).findFirst();
    }
}
