package dev.forte.server.internal.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.server.internal.execution.GraphqlRequest;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code {"query", "variables"?, "operationName"?}} with AppSync's answers for what is not one (PROTOCOL
 * §1.2): an empty body is "Request body is empty."; anything else without a string {@code query} (not JSON,
 * {@code {}}, {@code []}) is "Unable to parse GraphQL query.".
 */
final class GraphqlBodyParser {
    static final String EMPTY_BODY = "Request body is empty.";
    static final String UNPARSABLE = "Unable to parse GraphQL query.";
    private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper;

    GraphqlBodyParser(ObjectMapper mapper) {
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    GraphqlRequest parse(byte[] body) {
        if (isBlank(body)) {
            throw new MalformedRequestException(EMPTY_BODY);
        }
        JsonNode root = readTree(body);
        JsonNode query = root.get("query");
        if (!root.isObject() || query == null || !query.isTextual() || query.asText().isBlank()) {
            throw new MalformedRequestException(UNPARSABLE);
        }
        return new GraphqlRequest(query.asText(), variables(root.get("variables")), operationName(root));
    }

    private JsonNode readTree(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new MalformedRequestException(UNPARSABLE);
        }
    }

    private Map<String, @Nullable Object> variables(@Nullable JsonNode variables) {
        if (variables == null || variables.isNull()) {
            return Map.of();
        }
        if (!variables.isObject()) {
            throw new MalformedRequestException(UNPARSABLE);
        }
        return mapper.convertValue(variables, MAP);
    }

    private static @Nullable String operationName(JsonNode root) {
        JsonNode name = root.get("operationName");
        return name != null && name.isTextual() ? name.asText() : null;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
