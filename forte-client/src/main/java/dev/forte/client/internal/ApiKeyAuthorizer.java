package dev.forte.client.internal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends the API key as {@code x-api-key}, as AppSync's {@code API_KEY} mode expects. */
public final class ApiKeyAuthorizer implements RequestAuthorizer {
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private final String apiKey;

    public ApiKeyAuthorizer(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public Map<String, String> authorize(URI endpoint, Map<String, String> headers, byte[] body) {
        Map<String, String> authorized = new LinkedHashMap<>(headers);
        authorized.put("x-api-key", apiKey);
        return authorized;
    }

    @Override
    public Map<String, String> realtimeHeader(URI endpoint, String path, byte[] body) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("host", RequestAuthorizer.host(endpoint));
        header.put("x-amz-date", AMZ_DATE.format(Instant.now()));
        header.put("x-api-key", apiKey);
        return header;
    }

    @Override
    public String toString() {
        return "ApiKeyAuthorizer";
    }
}
