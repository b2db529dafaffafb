package dev.forte.server;

import dev.forte.ForteException;
import dev.forte.server.internal.tls.CertificateFiles;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The server's own TLS certificate: a PEM certificate chain (the server's certificate first, then its
 * intermediates) and its unencrypted private key (PKCS#8 {@code BEGIN PRIVATE KEY}, or {@code BEGIN RSA PRIVATE KEY}
 * / {@code BEGIN EC PRIVATE KEY}), checked when read.
 *
 * <pre>{@code
 * TlsCertificate certificate = TlsCertificate.fromPem(Path.of("/etc/forte/fullchain.pem"),
 *         Path.of("/etc/forte/privkey.pem"));
 * ForteServer.start(ForteConfig.builder(backend).host("0.0.0.0").tlsCertificate(certificate).build());
 * }</pre>
 */
public final class TlsCertificate {
    /** The subject alternative name types a client checks a server by: dNSName (2) and iPAddress (7). */
    private static final List<Integer> NAME_TYPES = List.of(2, 7);

    private final Path chainFile;
    private final Path keyFile;
    private final CertificateFiles.Checked checked;

    private TlsCertificate(Path chainFile, Path keyFile, CertificateFiles.Checked checked) {
        this.chainFile = chainFile;
        this.keyFile = keyFile;
        this.checked = checked;
    }

    /**
     * Reads {@code chainFile} and {@code keyFile}; throws a {@link ForteException} naming the file and the fix when
     * one is missing or holds the wrong thing, when the key is not the certificate's, or when a certificate of the
     * chain has expired or is not valid yet.
     */
    public static TlsCertificate fromPem(Path chainFile, Path keyFile) {
        return fromPem(chainFile, keyFile, Clock.systemUTC());
    }

    /** Reads and checks the files as {@link #fromPem(Path, Path)} does, as of {@code clock}'s now. */
    public static TlsCertificate fromPem(Path chainFile, Path keyFile, Clock clock) {
        return new TlsCertificate(chainFile, keyFile, CertificateFiles.read(chainFile, keyFile, clock));
    }

    /** Returns the file the chain was read from. */
    public Path chainFile() {
        return chainFile;
    }

    /** Returns the server's certificate, the first of the chain. */
    public X509Certificate certificate() {
        return checked.chain().get(0);
    }

    /** Returns the DNS names and IP addresses the server's certificate is for (its subject alternative names). */
    public List<String> names() {
        try {
            Collection<List<?>> entries = certificate().getSubjectAlternativeNames();
            List<String> names = new ArrayList<>();
            if (entries != null) {
                entries.stream().filter(entry -> NAME_TYPES.contains(entry.get(0)))
                        .forEach(entry -> names.add(String.valueOf(entry.get(1))));
            }
            return List.copyOf(names);
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    /** Returns when the server's certificate expires. */
    public Instant notAfter() {
        return certificate().getNotAfter().toInstant();
    }

    /** Returns a new PKCS#12 key store holding the chain and key under the alias {@code server}, without password. */
    public KeyStore keyStore() {
        return checked.keyStore();
    }

    /** Returns the file the private key was read from. */
    public Path keyFile() {
        return keyFile;
    }

    @Override
    public String toString() {
        return "TlsCertificate[" + chainFile + ", " + certificate().getSubjectX500Principal().getName() + "]";
    }
}
