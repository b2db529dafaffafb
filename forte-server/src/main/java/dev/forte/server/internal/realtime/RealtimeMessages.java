package dev.forte.server.internal.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The server's messages of AppSync's realtime protocol (PROTOCOL §4.4, §4.7), as JSON text with the key order
 * AppSync sends: {@code connection_ack}, {@code ka}, {@code start_ack}, {@code data}, {@code error},
 * {@code complete} and {@code connection_error}.
 */
final class RealtimeMessages {
    static final String KEEP_ALIVE = "{\"type\":\"ka\"}";
    /** AppSync's text for a refused handshake (captured err-connerr). */
    static final String NOT_AUTHORIZED = "You are not authorized to make this call.";

    private final ObjectMapper mapper;

    RealtimeMessages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String connectionAck(long connectionTimeoutMs) {
        return "{\"type\":\"connection_ack\",\"payload\":{\"connectionTimeoutMs\":" + connectionTimeoutMs + "}}";
    }

    String startAck(String id) {
        return "{\"id\":" + quoted(id) + ",\"type\":\"start_ack\"}";
    }

    String complete(String id) {
        return "{\"id\":" + quoted(id) + ",\"type\":\"complete\"}";
    }

    /** Returns what every {@code data} message of operation {@code id} starts with, up to its payload. */
    String dataPrefix(String id) {
        return "{\"id\":" + quoted(id) + ",\"type\":\"data\",\"payload\":";
    }

    /** Returns a {@code data} message: its {@link #dataPrefix}, an already serialised payload, the closing brace. */
    static String data(String dataPrefix, String payloadJson) {
        return dataPrefix + payloadJson + "}";
    }

    /** Returns an {@code error} for the operation {@code id} (null only when the client's message had none). */
    String error(@Nullable String id, String errorType, String message) {
        return errors(id, List.of(error(errorType, message)));
    }

    String errors(@Nullable String id, List<Map<String, @Nullable Object>> errors) {
        Map<String, Object> message = new LinkedHashMap<>();
        if (id != null) {
            message.put("id", id);
        }
        message.put("type", "error");
        message.put("payload", Map.of("errors", errors));
        return json(message);
    }

    /** Returns AppSync's refusal of a handshake: {@code connection_error} with {@code errorCode} 401. */
    String connectionUnauthorized() {
        Map<String, @Nullable Object> error = error("UnauthorizedException", NOT_AUTHORIZED);
        error.put("errorCode", 401);
        return connectionError(error);
    }

    String connectionError(Map<String, @Nullable Object> error) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "connection_error");
        message.put("payload", Map.of("errors", List.of(error)));
        return json(message);
    }

    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, @Nullable Object> error(String errorType, String message) {
        Map<String, @Nullable Object> error = new LinkedHashMap<>();
        error.put("errorType", errorType);
        error.put("message", message);
        return error;
    }

    private String quoted(String id) {
        return json(id);
    }
}
