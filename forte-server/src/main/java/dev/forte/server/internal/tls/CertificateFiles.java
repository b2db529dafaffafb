package dev.forte.server.internal.tls;

import dev.forte.ForteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Reads a server's own certificate chain and private key from PEM files and checks them before the server starts:
 * both files are there and hold what they should, the key is the certificate's, each certificate of the chain is
 * signed by the next, and none is expired or not yet valid. Each mistake is a {@link ForteException} naming the
 * file and the fix.
 */
public final class CertificateFiles {
    private static final byte[] PROBE = "forte key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private CertificateFiles() {}

    /** A checked chain (the server's certificate first) and its private key. */
    public record Checked(List<X509Certificate> chain, PrivateKey key) {
        public Checked {
            chain = List.copyOf(chain);
        }

        /** Returns a new PKCS#12 key store holding the chain and key under the alias {@code server}, no password. */
        public KeyStore keyStore() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("server", key, new char[0], chain.toArray(Certificate[]::new));
                return store;
            } catch (IOException | GeneralSecurityException e) {
                throw new ForteException("Could not hold the TLS certificate " + describe(chain.get(0))
                        + " in a key store: " + e.getMessage(), e);
            }
        }
    }

    /** Reads and checks {@code chainFile} and {@code keyFile} as of {@code clock}'s now. */
    public static Checked read(Path chainFile, Path keyFile, Clock clock) {
        List<X509Certificate> chain = readChain(chainFile);
        PrivateKey key = readKey(keyFile);
        checkKeyMatches(chain.get(0), key, chainFile, keyFile);
        checkValidity(chain, chainFile, clock.instant());
        checkLinks(chain, chainFile);
        return new Checked(chain, key);
    }

    /** Each certificate of the chain must be signed by the next, or clients cannot follow it to their root. */
    private static void checkLinks(List<X509Certificate> chain, Path chainFile) {
        for (int i = 0; i + 1 < chain.size(); i++) {
            try {
                chain.get(i).verify(chain.get(i + 1).getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new ForteException("Certificate " + (i + 1) + " of the chain " + chainFile + " ("
                        + describe(chain.get(i)) + ") is not signed by certificate " + (i + 2) + " ("
                        + describe(chain.get(i + 1)) + "). Give the chain in order: the server's certificate, then "
                        + "the intermediate that issued it, and so on; leave out certificates of other chains.");
            }
        }
    }

    private static List<X509Certificate> readChain(Path file) {
        PemFile pem = parse(file, "certificate chain");
        try {
            List<X509Certificate> chain = pem.certificates();
            if (!chain.isEmpty()) {
                return chain;
            }
        } catch (GeneralSecurityException e) {
            throw new ForteException("The certificate chain " + file + " holds a certificate Java cannot read ("
                    + e.getMessage() + "). Give the PEM chain your certificate authority issued.", e);
        }
        String found = pem.hasEncryptedKey() || !privateKeysOf(pem).isEmpty() ? "a private key" : "no certificate";
        throw new ForteException("The certificate chain " + file + " holds " + found + ", not a certificate (BEGIN "
                + "CERTIFICATE). Give the server's certificate first, then its intermediates; the key goes in the "
                + "key file.");
    }

    private static PrivateKey readKey(Path file) {
        PemFile pem = parse(file, "private key");
        if (pem.hasEncryptedKey()) {
            throw new ForteException("The private key " + file + " is encrypted, and Forte reads only unencrypted "
                    + "keys. Write a decrypted copy readable by Forte's user alone: `openssl pkey -in " + file
                    + " -out key.pem && chmod 600 key.pem`.");
        }
        List<PrivateKey> keys = privateKeysOf(pem);
        if (keys.isEmpty()) {
            String found = certificateCount(pem) > 0 ? "a certificate" : "no private key";
            throw new ForteException("The private key " + file + " holds " + found + ", not a private key (BEGIN "
                    + "PRIVATE KEY, BEGIN RSA PRIVATE KEY or BEGIN EC PRIVATE KEY). Give the key the certificate "
                    + "was issued for.");
        }
        return keys.get(0);
    }

    private static PemFile parse(Path file, String what) {
        try {
            PemFile pem = PemFile.read(file);
            if (pem.isEmpty()) {
                throw new ForteException("The " + what + " " + file + " holds no PEM object (no -----BEGIN line). "
                        + "Give the PEM file of the " + what + ".");
            }
            return pem;
        } catch (NoSuchFileException e) {
            throw new ForteException("The " + what + " " + file + " does not exist. Check the path (relative paths "
                    + "start at the current directory).", e);
        } catch (IOException e) {
            String reason = Files.isDirectory(file) ? "is a directory" : "cannot be read as PEM: " + e.getMessage();
            throw new ForteException("The " + what + " " + file + " " + reason + ". Give the PEM file of the "
                    + what + ".", e);
        }
    }

    private static List<PrivateKey> privateKeysOf(PemFile pem) {
        try {
            return pem.privateKeys();
        } catch (IOException e) {
            throw new ForteException("The private key in " + pem.file() + " cannot be read: " + e.getMessage()
                    + ". Give an RSA, EC or Ed25519 key in PEM.", e);
        }
    }

    private static int certificateCount(PemFile pem) {
        try {
            return pem.certificates().size();
        } catch (GeneralSecurityException e) {
            return 0;
        }
    }

    private static void checkKeyMatches(X509Certificate certificate, PrivateKey key, Path chainFile, Path keyFile) {
        if (!signsFor(key, certificate.getPublicKey())) {
            throw new ForteException("The private key " + keyFile + " does not belong to the certificate "
                    + describe(certificate) + " in " + chainFile + ". Give the key the certificate was issued "
                    + "for, and put the server's own certificate first in the chain.");
        }
    }

    /** Returns whether a signature made with {@code key} verifies with {@code publicKey}. */
    private static boolean signsFor(PrivateKey key, PublicKey publicKey) {
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return false;
        }
        try {
            String algorithm = switch (key.getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "EC", "ECDSA" -> "SHA256withECDSA";
                default -> key.getAlgorithm(); // Ed25519, Ed448, EdDSA name their signature algorithm
            };
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkValidity(List<X509Certificate> chain, Path chainFile, Instant now) {
        for (int i = 0; i < chain.size(); i++) {
            X509Certificate certificate = chain.get(i);
            String which = i == 0 ? "The certificate " : "Certificate " + (i + 1) + " of the chain ";
            if (now.isAfter(certificate.getNotAfter().toInstant())) {
                throw new ForteException(which + describe(certificate) + " in " + chainFile + " expired on "
                        + certificate.getNotAfter().toInstant() + ". Renew it with your certificate authority and "
                        + "give the new chain.");
            }
            if (now.isBefore(certificate.getNotBefore().toInstant())) {
                throw new ForteException(which + describe(certificate) + " in " + chainFile + " is not valid "
                        + "before " + certificate.getNotBefore().toInstant() + ". Check this machine's clock, or "
                        + "wait until then.");
            }
        }
    }

    static String describe(X509Certificate certificate) {
        return "`" + certificate.getSubjectX500Principal().getName() + "`";
    }
}
