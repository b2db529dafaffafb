package dev.forte.server.internal.scalars;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * AppSync's {@code AWSJSON}: a string holding one strict RFC 8259 JSON value (object, array, string, number,
 * {@code true}, {@code false} or {@code null}); unquoted strings, single quotes and trailing text are rejected.
 */
final class JsonSyntax {
    private static final ObjectMapper MAPPER =
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private JsonSyntax() {}

    static boolean isJson(String value) {
        try {
            return !MAPPER.readTree(value).isMissingNode();
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }

    /** Returns a resolver's map, list, number or boolean as JSON text, or null if Jackson cannot write it. */
    static @Nullable String jsonText(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException | IllegalArgumentException notWritable) {
            return null;
        }
    }
}
