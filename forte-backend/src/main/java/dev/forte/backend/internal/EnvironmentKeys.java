package dev.forte.backend.internal;

import dev.forte.backend.BackendException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a function's own environment keys: Amplify's pattern, and none of the names Amplify, AWS Lambda or
 * Forte's function host set themselves (a user value would silently replace the endpoint or the credentials).
 */
final class EnvironmentKeys {
    private static final Pattern KEY = Pattern.compile("^[a-zA-Z]([a-zA-Z0-9_])+$");
    private static final Set<String> RESERVED = Set.of("AMPLIFY_SSM_ENV_CONFIG", "LAMBDA_TASK_ROOT",
            "LAMBDA_RUNTIME_DIR");
    private static final List<String> RESERVED_PREFIXES = List.of("AWS_", "AMPLIFY_DATA");
    private static final String ENDPOINT_SUFFIX = "_GRAPHQL_ENDPOINT";

    private EnvironmentKeys() {}

    static void require(String function, String key) {
        if (!KEY.matcher(key).matches()) {
            throw new BackendException("Invalid environment variable key `" + key + "` (function `" + function
                    + "`). Environment keys must match [a-zA-Z]([a-zA-Z0-9_])+ and be at least 2 characters.");
        }
        if (isReserved(key)) {
            throw new BackendException("Environment variable `" + key + "` of function `" + function + "` is"
                    + " reserved: Amplify, AWS Lambda or Forte sets it (AWS_*, AMPLIFY_DATA*, *_GRAPHQL_ENDPOINT,"
                    + " AMPLIFY_SSM_ENV_CONFIG, LAMBDA_TASK_ROOT, LAMBDA_RUNTIME_DIR). Choose another name.");
        }
    }

    private static boolean isReserved(String key) {
        return RESERVED.contains(key) || key.endsWith(ENDPOINT_SUFFIX)
                || RESERVED_PREFIXES.stream().anyMatch(key::startsWith);
    }
}
