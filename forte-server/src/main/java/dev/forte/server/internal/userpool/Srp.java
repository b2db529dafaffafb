package dev.forte.server.internal.userpool;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cognito's SRP-6a, server side: the 3072-bit group of RFC 5054 with g = 2, SHA-256 over the big-endian two's
 * complement bytes of each number (what aws-amplify's {@code getPaddedHex} writes), {@code x = H(salt | H(pool
 * name | user id | ":" | password))}, and the password key from HKDF-SHA256 of S with salt u and info
 * {@code "Caldera Derived Key" 0x01}, 16 bytes. Only the verifier {@code v = g^x} is ever kept.
 */
public final class Srp {
    /** The modulus: RFC 5054's 3072-bit group, which aws-amplify's client uses. */
    public static final BigInteger N = new BigInteger(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
            + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
            + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F"
            + "83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
            + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510"
            + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
            + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C"
            + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);
    /** The generator. */
    public static final BigInteger G = BigInteger.TWO;
    static final BigInteger K = hash(N.toByteArray(), G.toByteArray());
    private static final byte[] DERIVED_KEY_INFO = "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Srp() {}

    /** Returns a new random salt (128 bits, positive). */
    static BigInteger newSalt() {
        return new BigInteger(1, randomBytes(16));
    }

    /** Returns a new private ephemeral b (1024 bits). */
    static BigInteger newPrivateValue() {
        return new BigInteger(1, randomBytes(128));
    }

    /** Returns {@code x}, the private key the client derives from the password. */
    static BigInteger privateKey(String poolName, String userId, String password, BigInteger salt) {
        byte[] inner = sha256((poolName + userId + ":" + password).getBytes(StandardCharsets.UTF_8));
        return hash(salt.toByteArray(), inner);
    }

    /** Returns the verifier {@code v = g^x mod N} kept instead of the password. */
    static BigInteger verifier(String poolName, String userId, String password, BigInteger salt) {
        return G.modPow(privateKey(poolName, userId, password, salt), N);
    }

    /** Returns the server's public ephemeral {@code B = (k v + g^b) mod N}. */
    static BigInteger publicValue(BigInteger verifier, BigInteger b) {
        return K.multiply(verifier).add(G.modPow(b, N)).mod(N);
    }

    /** Returns the 16-byte key both sides derive; {@code a} is the client's public value A. */
    static byte[] passwordKey(BigInteger a, BigInteger verifier, BigInteger b) {
        BigInteger serverPublic = publicValue(verifier, b);
        BigInteger u = hash(a.toByteArray(), serverPublic.toByteArray());
        BigInteger s = a.multiply(verifier.modPow(u, N)).modPow(b, N);
        byte[] prk = hmac(u.toByteArray(), s.toByteArray());
        byte[] okm = hmac(prk, DERIVED_KEY_INFO);
        byte[] key = new byte[16];
        System.arraycopy(okm, 0, key, 0, key.length);
        return key;
    }

    /** Returns the PASSWORD_CLAIM_SIGNATURE bytes the client must have sent. */
    static byte[] claimSignature(byte[] passwordKey, String poolName, String userId, byte[] secretBlock,
            String timestamp) {
        byte[] pool = poolName.getBytes(StandardCharsets.UTF_8);
        byte[] user = userId.getBytes(StandardCharsets.UTF_8);
        byte[] time = timestamp.getBytes(StandardCharsets.UTF_8);
        byte[] message = new byte[pool.length + user.length + secretBlock.length + time.length];
        System.arraycopy(pool, 0, message, 0, pool.length);
        System.arraycopy(user, 0, message, pool.length, user.length);
        System.arraycopy(secretBlock, 0, message, pool.length + user.length, secretBlock.length);
        System.arraycopy(time, 0, message, pool.length + user.length + secretBlock.length, time.length);
        return hmac(passwordKey, message);
    }

    /** Returns the number as Cognito writes it in challenge parameters: lowercase hex of its two's complement. */
    static String hex(BigInteger value) {
        return HexFormat.of().formatHex(value.toByteArray());
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static BigInteger hash(byte[] first, byte[] second) {
        MessageDigest digest = sha256Digest();
        digest.update(first);
        digest.update(second);
        return new BigInteger(1, digest.digest());
    }

    private static byte[] sha256(byte[] data) {
        return sha256Digest().digest(data);
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK lacks HmacSHA256", e);
        }
    }
}
