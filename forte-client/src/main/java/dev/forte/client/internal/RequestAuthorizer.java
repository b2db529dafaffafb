package dev.forte.client.internal;

import java.net.URI;
import java.util.Map;

/** Adds what proves who is calling to a request about to be sent. */
public interface RequestAuthorizer {

    /** Returns {@code headers} plus the auth headers for a {@code POST} of {@code body} to {@code endpoint}. */
    Map<String, String> authorize(URI endpoint, Map<String, String> headers, byte[] body);

    /**
     * Returns the auth header object of AppSync's realtime protocol (PROTOCOL §4.3, §4.5): for the connection with
     * {@code path} {@code <graphql path>/connect} and body {@code {}}, for a start with the GraphQL path and the
     * start's {@code payload.data}. It names the GraphQL endpoint's {@code host}.
     */
    Map<String, String> realtimeHeader(URI endpoint, String path, byte[] body);

    /** Returns {@code host[:port]} of {@code endpoint} as clients put it in realtime header objects. */
    static String host(URI endpoint) {
        return endpoint.getPort() < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }
}
