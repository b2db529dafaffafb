package dev.forte.backend;

import dev.forte.schema.DataSchema;

/**
 * The result of {@code defineData(...)}: a validated schema, the API's name and its authorization modes.
 *
 * @param name the {@code defineData} name, {@code amplifyData} by default; it prefixes the function
 *     environment variables ({@code <name>_GRAPHQL_ENDPOINT})
 */
public record DataDefinition(String name, DataSchema schema, AuthorizationModes authorizationModes) {

    /** The name {@code defineData} uses when none is given. */
    public static final String DEFAULT_NAME = "amplifyData";

    /** Returns the names of the variables that carry this API's endpoint to the functions granted access. */
    public EndpointVariableNames endpointVariableNames() {
        return EndpointVariableNames.of(name);
    }
}
