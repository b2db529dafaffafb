package dev.forte.server.internal.auth.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SigV4's hashing steps: the string to sign, the derived signing key and the signature, in lowercase hex. */
final class Aws4Signature {
    private static final HexFormat HEX = HexFormat.of();

    private Aws4Signature() {}

    /** Returns the signature of {@code canonicalRequest} by {@code secretAccessKey} within {@code auth}'s scope. */
    static String sign(String secretAccessKey, AuthorizationHeader auth, String amzDate, String canonicalRequest) {
        String stringToSign = AuthorizationHeader.ALGORITHM + '\n' + amzDate + '\n' + auth.scope() + '\n'
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] key = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
        for (String scopePart : new String[] {auth.date(), auth.region(), auth.service(), auth.terminator()}) {
            key = hmacSha256(key, scopePart);
        }
        return HEX.formatHex(hmacSha256(key, stringToSign));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime provides SHA-256", e);
        }
    }

    private static byte[] hmacSha256(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime provides HmacSHA256", e);
        }
    }
}
