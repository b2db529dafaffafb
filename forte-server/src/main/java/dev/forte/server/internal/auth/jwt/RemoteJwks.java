package dev.forte.server.internal.auth.jwt;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public keys of an external issuer, fetched over HTTP: cached for five minutes, and fetched again when a token
 * names a key id the cache does not hold (a rotation), at most twice in 30 seconds so that forged key ids cannot
 * make Forte hammer the issuer.
 */
public final class RemoteJwks {
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int SIZE_LIMIT_BYTES = 256 * 1024;
    private static final ResourceRetriever RETRIEVER =
            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT_BYTES);

    private RemoteJwks() {}

    /** Returns the keys served at {@code jwksUrl}, e.g. a Cognito pool's {@code <issuer>/.well-known/jwks.json}. */
    public static JWKSource<SecurityContext> at(URL jwksUrl) {
        return JWKSourceBuilder.create(jwksUrl, RETRIEVER).build();
    }

    /**
     * Returns the keys of an OpenID provider: on first use its {@code jwks_uri} is read from
     * {@code <issuer>/.well-known/openid-configuration} (Keycloak's keys, for one, are not at a fixed path).
     */
    public static JWKSource<SecurityContext> discovered(String issuer) {
        return new Discovered(issuer);
    }

    /** Discovers the JWKS on first use; after a failed discovery, tokens are refused for a while without retrying. */
    private static final class Discovered implements JWKSource<SecurityContext> {
        private static final Logger log = LoggerFactory.getLogger(RemoteJwks.class);
        private static final long RETRY_AFTER_NANOS = TimeUnit.SECONDS.toNanos(10);
        private final String issuer;
        private volatile @Nullable JWKSource<SecurityContext> keys;
        private @Nullable String failure;
        private long failedAt;

        Discovered(String issuer) {
            this.issuer = issuer;
        }

        @Override
        public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) throws KeySourceException {
            JWKSource<SecurityContext> discovered = keys;
            return (discovered != null ? discovered : discover()).get(selector, context);
        }

        // Once, while every request that needs the keys waits; afterwards get() reads them without the lock.
        private synchronized JWKSource<SecurityContext> discover() throws KeySourceException {
            JWKSource<SecurityContext> discovered = keys;
            if (discovered != null) {
                return discovered;
            }
            if (failure != null && System.nanoTime() - failedAt < RETRY_AFTER_NANOS) {
                throw new KeySourceException(failure);
            }
            try {
                discovered = at(jwksUri());
                keys = discovered;
                return discovered;
            } catch (KeySourceException e) {
                failure = e.getMessage();
                failedAt = System.nanoTime();
                throw e;
            }
        }

        private URL jwksUri() throws KeySourceException {
            String discovery = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
            try {
                Map<String, Object> document = JSONObjectUtils.parse(
                        RETRIEVER.retrieveResource(URI.create(discovery).toURL()).getContent());
                String announced = JSONObjectUtils.getString(document, "issuer");
                URI jwksUri = JSONObjectUtils.getURI(document, "jwks_uri");
                if (!issuer.equals(announced) || jwksUri == null) {
                    throw new ParseException("it names issuer `" + announced + "` and jwks_uri `" + jwksUri + "`", 0);
                }
                return jwksUri.toURL();
            } catch (IOException | ParseException | IllegalArgumentException e) {
                String problem = "The OpenID Connect discovery document " + discovery + " did not give this"
                        + " issuer's keys (" + e.getMessage() + "). Check that oidcIssuerUrl is exactly the `iss`"
                        + " of your provider's tokens and that Forte can reach it.";
                log.warn(problem);
                throw new KeySourceException(problem, e);
            }
        }
    }
}
