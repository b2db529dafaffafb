package dev.forte.backend;

import dev.forte.backend.internal.Words;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables that tell a function granted data access where the data API is, spelled as Amplify
 * spells them. For the default {@code defineData} name: {@code amplifyData_GRAPHQL_ENDPOINT} (the docs' name),
 * {@code AMPLIFY_DATA_GRAPHQL_ENDPOINT} and {@code AMPLIFY_DATA_DEFAULT_NAME=amplifyData} (what Amplify's runtime
 * reads). For {@code name("myApi")}: {@code myApi_GRAPHQL_ENDPOINT}, {@code AMPLIFY_DATAMY_API_GRAPHQL_ENDPOINT}
 * and {@code AMPLIFY_DATA_DEFAULT_NAME=amplifyDatamyApi}.
 *
 * @param graphqlEndpoint {@code <name>_GRAPHQL_ENDPOINT}
 * @param amplifyGraphqlEndpoint the endpoint under Amplify's runtime spelling
 * @param amplifyDefaultName the value of {@link #AMPLIFY_DEFAULT_NAME}, from which Amplify's runtime derives
 *     {@code amplifyGraphqlEndpoint}
 */
public record EndpointVariableNames(String graphqlEndpoint, String amplifyGraphqlEndpoint, String amplifyDefaultName) {

    /** The variable that names the data API for Amplify's {@code getAmplifyDataClientConfig}. */
    public static final String AMPLIFY_DEFAULT_NAME = "AMPLIFY_DATA_DEFAULT_NAME";
    private static final String SUFFIX = "_GRAPHQL_ENDPOINT";

    /** Returns the names for the {@code defineData} named {@code dataName}. */
    public static EndpointVariableNames of(String dataName) {
        String defaultName = dataName.equals(DataDefinition.DEFAULT_NAME) ? dataName
                : DataDefinition.DEFAULT_NAME + dataName;
        return new EndpointVariableNames(dataName + SUFFIX, Words.screamingSnakeCase(defaultName) + SUFFIX,
                defaultName);
    }

    /** Returns the variables a granted function receives when the API is served at {@code endpoint}. */
    public Map<String, String> values(String endpoint) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(graphqlEndpoint, endpoint);
        values.put(amplifyGraphqlEndpoint, endpoint);
        values.put(AMPLIFY_DEFAULT_NAME, amplifyDefaultName);
        return values;
    }
}
