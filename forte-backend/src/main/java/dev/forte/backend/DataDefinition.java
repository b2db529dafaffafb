package dev.forte.backend;

import dev.forte.schema.DataSchema;

/**
 * The result of {@code defineData(...)}: a validated schema, the API's name and its authorization modes.
 *
 * @param name the {@code defineData} name, {@code amplifyData} by default; it prefixes the function
 *     environment variables ({@code <name>_GRAPHQL_ENDPOINT})
 * @param hasAuth whether the backend has {@code defineAuth()}: user pools and identity pools are then enabled
 */
public record DataDefinition(String name, DataSchema schema, AuthorizationModes authorizationModes,
        boolean hasAuth) {

    /** The name {@code defineData} uses when none is given. */
    public static final String DEFAULT_NAME = "amplifyData";

    /** Returns the definition of a backend without {@code defineAuth()}. */
    public DataDefinition(String name, DataSchema schema, AuthorizationModes authorizationModes) {
        this(name, schema, authorizationModes, false);
    }

    /** Returns this API in a backend with {@code defineAuth()}: the default mode becomes userPool unless declared. */
    public DataDefinition withAuth() {
        return new DataDefinition(name, schema, authorizationModes.withAuth(), true);
    }

    /** Returns the names of the variables that carry this API's endpoint to the functions granted access. */
    public EndpointVariableNames endpointVariableNames() {
        return EndpointVariableNames.of(name);
    }
}
