package dev.forte.server.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An OpenID provider served over real HTTP, laid out like Keycloak: the discovery document at
 * {@code <issuer>/.well-known/openid-configuration} names a JWKS at {@code <issuer>/protocol/openid-connect/certs},
 * which holds the current RSA key. {@link #rotate()} replaces the key (new {@code kid}); the JWKS fetches are counted.
 */
final class TestOidcIssuer implements AutoCloseable {
    static final String CLIENT_ID = "forte-app";
    private static final String REALM = "/realms/forte";
    private static final String CERTS = REALM + "/protocol/openid-connect/certs";

    private final HttpServer http;
    private final AtomicInteger jwksFetches = new AtomicInteger();
    private volatile RSAKey key = newKey();

    private TestOidcIssuer(HttpServer http) {
        this.http = http;
    }

    static TestOidcIssuer start() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestOidcIssuer issuer = new TestOidcIssuer(http);
        http.createContext(REALM + "/.well-known/openid-configuration", exchange -> respond(exchange, () ->
                JSONObjectUtils.toJSONString(Map.of("issuer", issuer.issuer(),
                        "jwks_uri", issuer.base() + CERTS))));
        http.createContext(CERTS, exchange -> {
            issuer.jwksFetches.incrementAndGet();
            respond(exchange, () -> new JWKSet(issuer.key.toPublicJWK()).toString(true));
        });
        http.start();
        return issuer;
    }

    /** Returns the {@code iss} of this provider's tokens, e.g. {@code http://127.0.0.1:41234/realms/forte}. */
    String issuer() {
        return base() + REALM;
    }

    /** Returns how often the JWKS has been fetched. */
    int jwksFetches() {
        return jwksFetches.get();
    }

    /** Replaces the signing key with a new one under a new {@code kid}; the JWKS then serves only the new key. */
    void rotate() {
        key = newKey();
    }

    RSAKey key() {
        return key;
    }

    /** Returns the claims of a token for {@code subject} and {@link #CLIENT_ID}, valid for 10 minutes. */
    JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer()).subject(subject).audience(CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("auth_time", now.getEpochSecond()).claim("preferred_username", subject);
    }

    /** Returns a token for {@code subject} signed with the current key. */
    String token(String subject, String... groups) {
        return sign(claims(subject).claim("groups", java.util.List.of(groups)).build());
    }

    /** Returns {@code claims} signed with the current key. */
    String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** Returns {@code claims} signed with {@code signingKey}, naming its {@code kid}. */
    static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new AssertionError(e);
        }
        return jwt.serialize();
    }

    /** Returns a new RSA key with {@code kid}, e.g. to forge a token under the provider's key id. */
    static RSAKey newKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new AssertionError(e);
        }
    }

    private static RSAKey newKey() {
        return newKey(UUID.randomUUID().toString());
    }

    private String base() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, Supplier<String> body) throws IOException {
        byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("content-type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
