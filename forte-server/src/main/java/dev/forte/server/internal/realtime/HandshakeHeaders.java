package dev.forte.server.internal.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the auth header object of a realtime handshake from whichever of AppSync's three forms the client used
 * (PROTOCOL §4.2): a {@code header-<base64url>} subprotocol (amplify-js 6.6+), a {@code ?header=<base64>} query
 * parameter sent without URL encoding (older clients), or the upgrade request's own headers (Android).
 */
final class HandshakeHeaders {
    static final String SUBPROTOCOL = "graphql-ws";
    private static final String SUBPROTOCOL_PREFIX = "header-";
    private static final String QUERY_PARAMETER = "header=";

    private final ObjectMapper mapper;

    HandshakeHeaders(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Returns the header object with case-insensitive keys, or empty when an encoded form is present but is not
     * base64 of a JSON object of strings.
     *
     * @param rawQuery the query string as received, without {@code ?}; empty when there is none
     * @param upgradeHeaders every value of an upgrade header, by case-insensitive name
     */
    Optional<Map<String, String>> read(List<String> subprotocols, String rawQuery,
            Function<String, List<String>> upgradeHeaders, List<String> upgradeHeaderNames) {
        for (String subprotocol : subprotocols) {
            String trimmed = subprotocol.strip();
            if (trimmed.startsWith(SUBPROTOCOL_PREFIX)) {
                return decode(trimmed.substring(SUBPROTOCOL_PREFIX.length()));
            }
        }
        for (String parameter : rawQuery.split("&")) {
            if (parameter.startsWith(QUERY_PARAMETER)) {
                return decode(percentDecoded(parameter.substring(QUERY_PARAMETER.length())));
            }
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : upgradeHeaderNames) {
            List<String> values = upgradeHeaders.apply(name);
            if (!values.isEmpty()) {
                headers.putIfAbsent(name, values.get(0));
            }
        }
        return Optional.of(headers);
    }

    /** Returns {@code object} (a JSON object of strings) with case-insensitive keys, or empty when it is not one. */
    static Optional<Map<String, String>> caseInsensitive(JsonNode object) {
        if (!object.isObject()) {
            return Optional.empty();
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        var fields = object.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().isTextual()) {
                return Optional.empty();
            }
            headers.put(field.getKey(), field.getValue().asText());
        }
        return Optional.of(headers);
    }

    private Optional<Map<String, String>> decode(String encoded) {
        try {
            byte[] json = Base64.getDecoder().decode(standardAlphabet(encoded));
            return caseInsensitive(mapper.readTree(new String(json, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Accepts base64url and missing padding as well as standard base64. */
    private static String standardAlphabet(String encoded) {
        String standard = encoded.strip().replace('-', '+').replace('_', '/');
        int padding = (4 - standard.length() % 4) % 4;
        return padding == 3 ? standard : standard + "=".repeat(padding);
    }

    // '+' stays '+': the query form is sent without URL encoding (PROTOCOL §4.2); only %XX escapes are decoded.
    private static String percentDecoded(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder decoded = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && isHex(value, i + 1) && isHex(value, i + 2)) {
                decoded.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    private static boolean isHex(String value, int index) {
        return index < value.length() && Character.digit(value.charAt(index), 16) >= 0;
    }
}
