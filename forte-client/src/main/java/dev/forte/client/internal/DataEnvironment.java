package dev.forte.client.internal;

import dev.forte.client.DataClientException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a function granted data access finds in its environment, read under the names Amplify's runtime uses:
 * {@code amplifyData_GRAPHQL_ENDPOINT} or {@code AMPLIFY_DATA_GRAPHQL_ENDPOINT} (for a custom {@code defineData}
 * name, the names derived from {@code AMPLIFY_DATA_DEFAULT_NAME}), then {@code AWS_REGION} and the credentials.
 */
public record DataEnvironment(URI endpoint, String region, String accessKeyId, String secretAccessKey,
        @Nullable String sessionToken) {
    static final String DEFAULT_NAME_VARIABLE = "AMPLIFY_DATA_DEFAULT_NAME";
    static final String DEFAULT_DATA_NAME = "amplifyData";
    private static final String ENDPOINT_SUFFIX = "_GRAPHQL_ENDPOINT";
    // lodash's words() for ASCII names, which Amplify uses to spell variable keys: amplifyDatamyApi → amplify|Datamy|Api.
    private static final Pattern WORD = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[A-Z]+|[0-9]+");
    private static final String WHO_SETS_IT = " Forte sets it for a function granted data access with"
            + " allow.resource(fn) in the schema's authorization; outside such a function, configure the client with"
            + " DataClient.builder() instead.";

    /** Reads the variables from {@code environment}; throws naming the first one missing. */
    public static DataEnvironment read(Map<String, String> environment) {
        return new DataEnvironment(endpoint(environment),
                required(environment, "AWS_REGION"),
                required(environment, "AWS_ACCESS_KEY_ID"),
                required(environment, "AWS_SECRET_ACCESS_KEY"),
                environment.get("AWS_SESSION_TOKEN"));
    }

    /** Returns the variable names that may hold the endpoint, in the order they are tried. */
    static List<String> endpointVariables(Map<String, String> environment) {
        String defaultName = environment.getOrDefault(DEFAULT_NAME_VARIABLE, DEFAULT_DATA_NAME);
        String dataName = defaultName.startsWith(DEFAULT_DATA_NAME) && !defaultName.equals(DEFAULT_DATA_NAME)
                ? defaultName.substring(DEFAULT_DATA_NAME.length())
                : defaultName;
        List<String> names = new ArrayList<>();
        names.add(dataName + ENDPOINT_SUFFIX);
        names.add(screamingSnakeCase(defaultName) + ENDPOINT_SUFFIX);
        return names;
    }

    private static URI endpoint(Map<String, String> environment) {
        List<String> names = endpointVariables(environment);
        for (String name : names) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return parseEndpoint(name, value.strip());
            }
        }
        throw new DataClientException("Neither " + String.join(" nor ", names) + " is set: the data API's GraphQL"
                + " endpoint is unknown." + WHO_SETS_IT);
    }

    private static URI parseEndpoint(String name, String value) {
        try {
            URI endpoint = URI.create(value);
            if (endpoint.getHost() != null && endpoint.getScheme() != null) {
                return endpoint;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new DataClientException(name + " must be an absolute http(s) URL such as"
                + " http://127.0.0.1:20002/graphql, got `" + value + "`.");
    }

    private static String required(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new DataClientException(name + " is not set." + WHO_SETS_IT);
        }
        return value.strip();
    }

    private static String screamingSnakeCase(String name) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(name);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return String.join("_", words).toUpperCase(Locale.ROOT);
    }

    /** Names the endpoint, region and access key only: secrets never reach a log. */
    @Override
    public String toString() {
        return "DataEnvironment[endpoint=" + endpoint + ", region=" + region + ", accessKeyId=" + accessKeyId + "]";
    }
}
