package dev.forte.server.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Lambda authorizer's answer for one token (PROTOCOL §8): what it granted, or null when it refused, and how long
 * the answer may be reused.
 */
record AuthorizerAnswer(@Nullable LambdaAuthorization granted, Duration timeToLive) {
    private static final Duration MAX_TIME_TO_LIVE = Duration.ofHours(1);
    private static final Pattern FIELD_ARN = Pattern.compile("arn:aws:appsync:[^:]*:[^:]*:apis/[^/]+/types/([^/]+)"
            + "/fields/([^/]+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Returns the answer in {@code response}, reused for {@code ttlOverride} seconds (at most an hour) or else for
     * {@code defaultTimeToLive}.
     *
     * @throws IllegalArgumentException when it is not an object with a boolean {@code isAuthorized}, or its other
     *     members are not of their types
     */
    static AuthorizerAnswer parse(JsonNode response, Duration defaultTimeToLive) {
        if (!response.path("isAuthorized").isBoolean()) {
            throw new IllegalArgumentException("isAuthorized is not a boolean");
        }
        Duration timeToLive = timeToLive(response.path("ttlOverride"), defaultTimeToLive);
        if (!response.path("isAuthorized").asBoolean()) {
            return new AuthorizerAnswer(null, timeToLive);
        }
        return new AuthorizerAnswer(new LambdaAuthorization(resolverContext(response.path("resolverContext")),
                deniedFields(response.path("deniedFields"))), timeToLive);
    }

    private static Duration timeToLive(JsonNode ttlOverride, Duration defaultTimeToLive) {
        if (ttlOverride.isMissingNode() || ttlOverride.isNull()) {
            return defaultTimeToLive;
        }
        if (!ttlOverride.canConvertToLong() || ttlOverride.asLong() < 0) {
            throw new IllegalArgumentException("ttlOverride is not a number of seconds");
        }
        Duration override = Duration.ofSeconds(ttlOverride.asLong());
        return override.compareTo(MAX_TIME_TO_LIVE) > 0 ? MAX_TIME_TO_LIVE : override;
    }

    private static Map<String, Object> resolverContext(JsonNode context) {
        if (context.isMissingNode() || context.isNull()) {
            return Map.of();
        }
        if (!context.isObject()) {
            throw new IllegalArgumentException("resolverContext is not an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = JSON.convertValue(context, Map.class);
        return values;
    }

    /** Returns the denied fields as {@code Type.field}; the ARN form names them by type and field too. */
    private static Set<String> deniedFields(JsonNode fields) {
        Set<String> denied = new LinkedHashSet<>();
        if (fields.isMissingNode() || fields.isNull()) {
            return denied;
        }
        if (!fields.isArray()) {
            throw new IllegalArgumentException("deniedFields is not an array");
        }
        for (JsonNode field : fields) {
            Matcher arn = FIELD_ARN.matcher(field.asText());
            denied.add(arn.matches() ? arn.group(1) + "." + arn.group(2) : field.asText());
        }
        return denied;
    }
}
