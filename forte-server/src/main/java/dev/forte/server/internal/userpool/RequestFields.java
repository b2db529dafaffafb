package dev.forte.server.internal.userpool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.server.internal.cognito.CognitoException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads the members of an operation's request, failing as Cognito's request validation does. */
final class RequestFields {
    private final JsonNode request;

    RequestFields(JsonNode request) {
        this.request = request;
    }

    /** Returns the string member {@code name}; missing or empty is Cognito's validation error naming it. */
    String required(String name) {
        String value = optional(name);
        if (value == null || value.isEmpty()) {
            throw CognitoException.invalidParameter("1 validation error detected: Value null at '"
                    + Character.toLowerCase(name.charAt(0)) + name.substring(1)
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    @Nullable String optional(String name) {
        JsonNode value = request.get(name);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    /** Returns the string map {@code name} ({@code AuthParameters}, {@code ChallengeResponses}), empty if absent. */
    Map<String, String> map(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode node = request.get(name);
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue().asText()));
        }
        return values;
    }

    /** Returns the {@code [{"Name":..,"Value":..}]} list {@code name} as a map, empty if absent. */
    Map<String, String> attributes(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode node = request.get(name);
        if (node != null && node.isArray()) {
            for (JsonNode attribute : node) {
                if (!attribute.path("Name").isTextual() || !attribute.path("Value").isTextual()) {
                    throw CognitoException.invalidParameter("Each of " + name + " needs a Name and a Value.");
                }
                values.put(attribute.get("Name").asText(), attribute.get("Value").asText());
            }
        }
        return values;
    }

    /** Returns {@code parameters[name]}; missing is Cognito's {@code Missing required parameter NAME}. */
    static String parameter(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw CognitoException.invalidParameter("Missing required parameter " + name);
        }
        return value;
    }
}
