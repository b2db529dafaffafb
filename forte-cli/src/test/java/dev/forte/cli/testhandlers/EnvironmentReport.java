package dev.forte.cli.testhandlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Returns the data-access and custom variables its worker got (secrets only as "set"), for the sandbox's tests. */
public class EnvironmentReport implements RequestHandler<Map<String, Object>, Map<String, String>> {
    private static final List<String> REPORTED = List.of("amplifyData_GRAPHQL_ENDPOINT",
            "AMPLIFY_DATA_GRAPHQL_ENDPOINT", "AMPLIFY_DATA_DEFAULT_NAME", "AWS_REGION", "GREETING");
    private static final List<String> SECRETS = List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN");

    @Override
    public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
        Map<String, String> seen = new TreeMap<>();
        REPORTED.stream().filter(name -> System.getenv(name) != null)
                .forEach(name -> seen.put(name, System.getenv(name)));
        SECRETS.stream().filter(name -> System.getenv(name) != null).forEach(name -> seen.put(name, "set"));
        return seen;
    }
}
