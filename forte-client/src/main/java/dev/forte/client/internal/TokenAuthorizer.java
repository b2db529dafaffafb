package dev.forte.client.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a token verbatim as {@code Authorization}, as amplify-js does for the {@code userPool}, {@code oidc} and
 * {@code lambda} modes (PROTOCOL §2.1, §4.3): no {@code Bearer} prefix.
 */
public final class TokenAuthorizer implements RequestAuthorizer {
    private final String token;

    public TokenAuthorizer(String token) {
        this.token = token;
    }

    @Override
    public Map<String, String> authorize(URI endpoint, Map<String, String> headers, byte[] body) {
        Map<String, String> authorized = new LinkedHashMap<>(headers);
        authorized.put("authorization", token);
        return authorized;
    }

    @Override
    public Map<String, String> realtimeHeader(URI endpoint, String path, byte[] body) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("Authorization", token);
        header.put("host", RequestAuthorizer.host(endpoint));
        return header;
    }

    @Override
    public String toString() {
        return "TokenAuthorizer";
    }
}
