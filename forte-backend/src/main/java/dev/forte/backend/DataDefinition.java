package dev.forte.backend;

import dev.forte.schema.DataSchema;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@code defineData(...)}: a validated schema, the API's name and its authorization modes.
 *
 * @param name the {@code defineData} name, {@code amplifyData} by default; it prefixes the function
 *     environment variables ({@code <name>_GRAPHQL_ENDPOINT})
 * @param auth the backend's {@code defineAuth()}, null without: user pools and identity pools are then enabled
 */
public record DataDefinition(String name, DataSchema schema, AuthorizationModes authorizationModes,
        @Nullable AuthDefinition auth) {

    /** The name {@code defineData} uses when none is given. */
    public static final String DEFAULT_NAME = "amplifyData";

    /** Returns the definition of a backend without {@code defineAuth()}. */
    public DataDefinition(String name, DataSchema schema, AuthorizationModes authorizationModes) {
        this(name, schema, authorizationModes, null);
    }

    /** Returns whether the backend has {@code defineAuth()}. */
    public boolean hasAuth() {
        return auth != null;
    }

    /** Returns how users sign in: the {@code defineAuth} choice, {@link LoginWith#EMAIL} without one. */
    public LoginWith loginWith() {
        return auth == null ? LoginWith.EMAIL : auth.loginWith();
    }

    /** Returns this API in a backend with {@code defineAuth()}: the default mode becomes userPool unless declared. */
    public DataDefinition withAuth() {
        return withAuth(Define.defineAuth());
    }

    /** Returns this API in a backend with {@code auth}: the default mode becomes userPool unless declared. */
    public DataDefinition withAuth(AuthDefinition auth) {
        return new DataDefinition(name, schema, authorizationModes.withAuth(), auth);
    }

    /** Returns the names of the variables that carry this API's endpoint to the functions granted access. */
    public EndpointVariableNames endpointVariableNames() {
        return EndpointVariableNames.of(name);
    }
}
