package dev.forte.server.internal.auth.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.forte.ForteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Map;
import java.util.UUID;

/**
 * The local user pool's signing key and issuer, kept in {@code <data-dir>/auth/user-pool.json} (owner-only
 * permissions): created on first use, the same for every later start, so tokens outlive a sandbox restart.
 *
 * @param issuer the {@code iss} of every token, e.g. {@code https://forte.local/userpool/us-east-1_a1B2c3D4e5}
 * @param key the RSA key pair; only its public half is ever served
 */
public record IssuerKeys(String issuer, RSAKey key) {
    static final String FILE = "auth/user-pool.json";
    private static final String POOL_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Returns the keys stored under {@code dataDirectory}, creating them on first use. */
    public static IssuerKeys openOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            create(file);
        }
        return read(file);
    }

    /** Returns the public JWK set a verifier needs: {@code {"keys":[{"kty":"RSA","kid":...,"n":...,"e":"AQAB"}]}}. */
    public String publicJwks() {
        return new JWKSet(key.toPublicJWK()).toString(true);
    }

    private static void create(Path file) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
            String json = JSONObjectUtils.toJSONString(Map.of(
                    "issuer", "https://forte.local/userpool/us-east-1_" + poolId(), "key", key.toJSONObject()));
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "user-pool", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, json, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException raced) {
            // Another process (the sandbox or `forte auth token`) created it first: use theirs.
        } catch (JOSEException | IOException e) {
            throw new ForteException("Could not create the local user pool's key in " + file + ": " + e.getMessage()
                    + ". Check that the data directory is writable.", e);
        }
    }

    private static IssuerKeys read(Path file) {
        try {
            Map<String, Object> json = JSONObjectUtils.parse(Files.readString(file));
            String issuer = JSONObjectUtils.getString(json, "issuer");
            RSAKey key = RSAKey.parse(JSONObjectUtils.getJSONObject(json, "key"));
            if (issuer == null || !key.isPrivate()) {
                throw new ParseException("missing issuer or private key", 0);
            }
            return new IssuerKeys(issuer, key);
        } catch (IOException | ParseException e) {
            throw new ForteException("The local user pool's key file " + file + " is unreadable (" + e.getMessage()
                    + "). Delete it to make a new pool; tokens minted before stop working.", e);
        }
    }

    private static String poolId() {
        SecureRandom random = new SecureRandom();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            id.append(POOL_ALPHABET.charAt(random.nextInt(POOL_ALPHABET.length())));
        }
        return id.toString();
    }
}
