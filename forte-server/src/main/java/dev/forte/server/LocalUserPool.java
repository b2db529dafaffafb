package dev.forte.server;

import dev.forte.server.internal.auth.jwt.IssuerKeys;
import dev.forte.server.internal.auth.jwt.TokenMinter;
import dev.forte.server.internal.userpool.UserPoolApi;
import java.nio.file.Path;

/**
 * The user pool Forte runs for a backend with {@code defineAuth()} when no external issuer is configured: an RSA
 * key kept in the data directory, whose public half the server serves at {@code /.well-known/jwks.json}, and which
 * signs Cognito-style access tokens for local development ({@code ./forte auth token --user alice}).
 */
public final class LocalUserPool {
    /** The id of the pool's one app client: its tokens' {@code client_id}, {@code auth.user_pool_client_id}. */
    public static final String CLIENT_ID = TokenMinter.CLIENT_ID;

    private final IssuerKeys keys;

    private LocalUserPool(IssuerKeys keys) {
        this.keys = keys;
    }

    /** Returns the pool kept under {@code dataDirectory}, creating its key on first use. */
    public static LocalUserPool open(Path dataDirectory) {
        return new LocalUserPool(IssuerKeys.openOrCreate(dataDirectory));
    }

    /** Returns the {@code iss} of the pool's tokens. */
    public String issuer() {
        return keys.issuer();
    }

    /**
     * Returns a signed access token (RS256) for {@code request}, to send raw as the {@code Authorization} header. The
     * same username always gets the same {@code sub}, so records it owns stay its own across tokens.
     */
    public String mint(TokenRequest request) {
        return TokenMinter.mint(keys, request);
    }

    /** Returns the pool id clients configure ({@code auth.user_pool_id}), e.g. {@code us-east-1_a1B2c3D4e}. */
    public String userPoolId() {
        return UserPoolApi.userPoolId(keys);
    }


    /** Returns the pool's public keys as a JWK set. */
    public String jwks() {
        return keys.publicJwks();
    }
}
