package dev.forte.server.internal.auth.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An OpenID provider's keys are found through its discovery document, served here over real HTTP. */
class RemoteJwksTest {
    private HttpServer http;
    private final AtomicInteger discoveries = new AtomicInteger();
    private String issuer;

    @BeforeEach
    void startProvider() throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.start();
        issuer = "http://127.0.0.1:" + http.getAddress().getPort() + "/realms/a";
    }

    @AfterEach
    void stopProvider() {
        http.stop(0);
    }

    private void serveDiscovery(int status, String announcedIssuer) {
        serve("/realms/a/.well-known/openid-configuration", status, "{\"issuer\":\"" + announcedIssuer
                + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\"}", discoveries);
    }

    private void serve(String path, int status, String body, AtomicInteger hits) {
        http.createContext(path, exchange -> {
            hits.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private static List<JWK> keysWithId(JWKSource<SecurityContext> source, String kid) throws KeySourceException {
        return source.get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null);
    }

    @Test
    void findsTheKeysAtTheJwksUriTheDiscoveryDocumentNames() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        serveDiscovery(200, issuer);
        serve("/realms/a/protocol/openid-connect/certs", 200, new JWKSet(key.toPublicJWK()).toString(true),
                new AtomicInteger());

        assertThat(keysWithId(RemoteJwks.discovered(issuer), "k1")).extracting(JWK::getKeyID).containsExactly("k1");
    }

    @Test
    void refusesADiscoveryDocumentOfAnotherIssuerAndSaysWhatToCheck() {
        serveDiscovery(200, "https://sso.example.com/realms/a");

        assertThatThrownBy(() -> keysWithId(RemoteJwks.discovered(issuer), "k1"))
                .isInstanceOf(KeySourceException.class)
                .hasMessageContaining("names issuer `https://sso.example.com/realms/a`")
                .hasMessageContaining("Check that oidcIssuerUrl is exactly the `iss` of your provider's tokens");
    }

    @Test
    void afterAFailedDiscoveryTokensAreRefusedWithoutAskingAgainAtOnce() {
        serveDiscovery(503, issuer);
        JWKSource<SecurityContext> source = RemoteJwks.discovered(issuer);

        assertThatThrownBy(() -> keysWithId(source, "k1")).isInstanceOf(KeySourceException.class);
        assertThatThrownBy(() -> keysWithId(source, "k1")).isInstanceOf(KeySourceException.class)
                .hasMessageContaining("openid-configuration");
        assertThat(discoveries).hasValue(1);
    }
}
