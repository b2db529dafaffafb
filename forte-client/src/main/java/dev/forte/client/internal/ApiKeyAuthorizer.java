package dev.forte.client.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends the API key as {@code x-api-key}, as AppSync's {@code API_KEY} mode expects. */
public final class ApiKeyAuthorizer implements RequestAuthorizer {
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
    public String toString() {
        return "ApiKeyAuthorizer";
    }
}
