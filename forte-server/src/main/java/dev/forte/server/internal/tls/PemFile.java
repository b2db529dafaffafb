package dev.forte.server.internal.tls;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The objects of one PEM file, as BouncyCastle's parser reads them: certificates ({@code BEGIN CERTIFICATE}) and
 * private keys in PKCS#8 ({@code BEGIN PRIVATE KEY}) or the OpenSSL forms ({@code BEGIN RSA PRIVATE KEY},
 * {@code BEGIN EC PRIVATE KEY}).
 */
final class PemFile {
    private final Path file;
    private final List<Object> objects;

    private PemFile(Path file, List<Object> objects) {
        this.file = file;
        this.objects = objects;
    }

    /** Reads every PEM object in {@code file}; a file that is not PEM fails with the parser's reason. */
    static PemFile read(Path file) throws IOException {
        List<Object> objects = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file); PEMParser parser = new PEMParser(reader)) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                objects.add(object);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new PemFile(file, objects);
    }

    Path file() {
        return file;
    }

    /** Returns the certificates in file order. */
    List<X509Certificate> certificates() throws GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Object object : objects) {
            if (object instanceof X509CertificateHolder holder) {
                certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
            }
        }
        return certificates;
    }

    /** Returns the unencrypted private keys in file order. */
    List<PrivateKey> privateKeys() throws IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        List<PrivateKey> keys = new ArrayList<>();
        for (Object object : objects) {
            if (object instanceof PEMKeyPair pair) {
                // Not getKeyPair: an EC PRIVATE KEY may leave its public key out.
                keys.add(converter.getPrivateKey(pair.getPrivateKeyInfo()));
            } else if (object instanceof PrivateKeyInfo info) {
                keys.add(converter.getPrivateKey(info));
            }
        }
        return keys;
    }

    /** Returns whether the file holds a password-protected private key (which Forte does not read). */
    boolean hasEncryptedKey() {
        return objects.stream().anyMatch(object -> object instanceof PEMEncryptedKeyPair
                || object instanceof PKCS8EncryptedPrivateKeyInfo);
    }

    boolean isEmpty() {
        return objects.isEmpty();
    }

    /** Returns the one certificate of a file that must hold one. */
    X509Certificate onlyCertificate() throws IOException, GeneralSecurityException {
        List<X509Certificate> certificates = certificates();
        if (certificates.isEmpty()) {
            throw new IOException(file + " holds no PEM certificate");
        }
        return certificates.get(0);
    }

    /** Returns the one private key of a file that must hold one. */
    PrivateKey onlyPrivateKey() throws IOException {
        List<PrivateKey> keys = privateKeys();
        if (keys.isEmpty()) {
            throw new IOException(file + " holds no PEM private key");
        }
        return keys.get(0);
    }
}
