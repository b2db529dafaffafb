package dev.forte.server.internal.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.forte.server.internal.execution.GraphqlRequest;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code {"query", "variables"?, "operationName"?}} with AppSync's answers for what is not one (PROTOCOL
 * §1.2): an empty body is "Request body is empty."; anything else without a string {@code query} (not JSON,
 * {@code {}}, {@code []}) is "Unable to parse GraphQL query.".
 */
public final class GraphqlBodyParser {
    static final String EMPTY_BODY = "Request body is empty.";
    static final String UNPARSABLE = "Unable to parse GraphQL query.";
    private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};

    /** Reads the body straight into maps: reading a tree and converting it took about twice as long. */
    private final ObjectReader reader;

    public GraphqlBodyParser(ObjectMapper mapper) {
        this.reader = mapper.readerFor(MAP).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public GraphqlRequest parse(byte[] body) {
        if (isBlank(body)) {
            throw new MalformedRequestException(EMPTY_BODY);
        }
        Map<String, @Nullable Object> root = read(body);
        if (!(root.get("query") instanceof String query) || query.isBlank()) {
            throw new MalformedRequestException(UNPARSABLE);
        }
        return new GraphqlRequest(query, variables(root.get("variables")), operationName(root));
    }

    /** Returns the body's object; JSON that is not an object ({@code null}, {@code []}, {@code 1}) is unparsable. */
    private Map<String, @Nullable Object> read(byte[] body) {
        Map<String, @Nullable Object> root;
        try {
            root = reader.readValue(body);
        } catch (IOException e) {
            throw new MalformedRequestException(UNPARSABLE);
        }
        if (root == null) {
            throw new MalformedRequestException(UNPARSABLE);
        }
        return root;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> variables(@Nullable Object variables) {
        if (variables == null) {
            return Map.of();
        }
        if (!(variables instanceof Map<?, ?> map)) {
            throw new MalformedRequestException(UNPARSABLE);
        }
        return (Map<String, @Nullable Object>) map;
    }

    private static @Nullable String operationName(Map<String, @Nullable Object> root) {
        return root.get("operationName") instanceof String name ? name : null;
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
