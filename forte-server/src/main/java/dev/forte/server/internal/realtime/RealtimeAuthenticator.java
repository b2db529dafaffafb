package dev.forte.server.internal.realtime;

import dev.forte.server.internal.auth.AuthRequest;
import dev.forte.server.internal.auth.Authenticator;
import dev.forte.server.internal.auth.RequestIdentity;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Authenticates the realtime header objects with the same authenticators as HTTP requests (PROTOCOL §4.5): the
 * connection's as a {@code POST} of {@code {}} to {@code <path>/connect}, each {@code start}'s as a {@code POST}
 * of its {@code payload.data} string, exactly as received, to {@code <path>}. Only IAM signs these; an API key is
 * simply checked.
 */
final class RealtimeAuthenticator {
    private static final byte[] CONNECT_BODY = "{}".getBytes(StandardCharsets.UTF_8);

    private final String graphqlPath;
    private final Authenticator authenticator;

    RealtimeAuthenticator(String graphqlPath, Authenticator authenticator) {
        this.graphqlPath = graphqlPath;
        this.authenticator = authenticator;
    }

    /**
     * Returns the identity of the connection's header object.
     *
     * @throws dev.forte.server.internal.auth.AuthenticationException when it does not authenticate
     */
    RequestIdentity connect(Map<String, String> headers) {
        return authenticator.authenticate(new AuthRequest("POST", graphqlPath + "/connect", headers,
                CONNECT_BODY));
    }

    /**
     * Returns the identity of a {@code start}'s {@code extensions.authorization}.
     *
     * @throws dev.forte.server.internal.auth.AuthenticationException when it does not authenticate
     */
    RequestIdentity start(Map<String, String> authorization, String data) {
        return authenticator.authenticate(new AuthRequest("POST", graphqlPath, authorization,
                data.getBytes(StandardCharsets.UTF_8)));
    }
}
