package dev.forte.client.internal;

import java.net.URI;
import java.util.Map;

/** Adds what proves who is calling to a request about to be sent. */
public interface RequestAuthorizer {

    /** Returns {@code headers} plus the auth headers for a {@code POST} of {@code body} to {@code endpoint}. */
    Map<String, String> authorize(URI endpoint, Map<String, String> headers, byte[] body);
}
