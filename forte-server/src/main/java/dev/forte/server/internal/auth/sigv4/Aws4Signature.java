package dev.forte.server.internal.auth.sigv4;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SigV4's hashing steps: the string to sign, the derived signing key and the signature, in lowercase hex.
 *
 * <p>Per request this is the hottest part of IAM auth, so it keeps what does not change between requests: the
 * derived signing key of a secret and scope (four HMACs; a scope is a day, a region and a service), and one {@code
 * Mac} and {@code MessageDigest} per thread (their provider lookup costs about as much as the hashing).
 */
final class Aws4Signature {
    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> newInstance(() ->
            Mac.getInstance("HmacSHA256")));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> newInstance(() ->
            MessageDigest.getInstance("SHA-256")));
    /**
     * Signing keys by secret and scope; secrets are in memory anyway, in the credentials they come from. A scope
     * is one day, so a key is dropped two days after it was made. (Expiry after access would queue every read for
     * Caffeine's maintenance, run on the common pool: a thread wake-up every few requests.)
     */
    private static final Cache<SigningScope, byte[]> SIGNING_KEYS =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofDays(2)).build();

    private record SigningScope(String secretAccessKey, String date, String region, String service,
            String terminator) {
        @Override
        public String toString() {
            return "SigningScope[" + date + "/" + region + "/" + service + "]";
        }
    }

    @FunctionalInterface
    private interface Provided<T> {
        T get() throws GeneralSecurityException;
    }

    private Aws4Signature() {}

    /** Returns the signature of {@code canonicalRequest} by {@code secretAccessKey} within {@code auth}'s scope. */
    static String sign(String secretAccessKey, AuthorizationHeader auth, String amzDate, String canonicalRequest) {
        String stringToSign = AuthorizationHeader.ALGORITHM + '\n' + amzDate + '\n' + auth.scope() + '\n'
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        SigningScope scope = new SigningScope(secretAccessKey, auth.date(), auth.region(), auth.service(),
                auth.terminator());
        return HEX.formatHex(hmacSha256(SIGNING_KEYS.get(scope, Aws4Signature::signingKey), stringToSign));
    }

    private static byte[] signingKey(SigningScope scope) {
        byte[] key = ("AWS4" + scope.secretAccessKey()).getBytes(StandardCharsets.UTF_8);
        for (String scopePart : new String[] {scope.date(), scope.region(), scope.service(), scope.terminator()}) {
            key = hmacSha256(key, scopePart);
        }
        return key;
    }

    static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(SHA256.get().digest(bytes));
    }

    private static byte[] hmacSha256(byte[] key, String data) {
        try {
            Mac mac = HMAC.get();
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("An HMAC-SHA256 key of any length is valid", e);
        }
    }

    private static <T> T newInstance(Provided<T> provided) {
        try {
            return provided.get();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime provides SHA-256 and HmacSHA256", e);
        }
    }
}
