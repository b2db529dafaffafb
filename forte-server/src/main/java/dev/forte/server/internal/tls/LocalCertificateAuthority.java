package dev.forte.server.internal.tls;

import dev.forte.ForteException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * The certificate authority of one data directory ({@code <data>/tls/ca.pem}, key {@code ca-key.pem}, 0600) and
 * the localhost certificate it signs for the server ({@code server.pem}, {@code server-key.pem}). Clients trust
 * {@code ca.pem} ({@code NODE_EXTRA_CA_CERTS}, a Java trust store), so both are created once and reused; the
 * server certificate is renewed when it nears expiry or when the names it must cover change.
 */
public final class LocalCertificateAuthority {
    static final Duration CA_LIFETIME = Duration.ofDays(3650);
    static final Duration SERVER_LIFETIME = Duration.ofDays(397);
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final String SIGNATURE = "SHA256withECDSA";

    private final Path directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private LocalCertificateAuthority(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** Returns the authority kept in {@code <dataDirectory>/tls}. */
    public static LocalCertificateAuthority in(Path dataDirectory, Clock clock) {
        return new LocalCertificateAuthority(dataDirectory.resolve("tls"), clock);
    }

    /** Returns the PEM file of the CA certificate that clients trust. */
    public Path caCertificateFile() {
        return directory.resolve("ca.pem");
    }

    /**
     * Returns a key store (alias {@code server}) with a certificate for {@code names} (DNS names and IP addresses)
     * signed by this authority, creating the authority and certificate or reusing valid ones.
     */
    public KeyStore serverKeyStore(List<String> names) {
        try {
            Files.createDirectories(directory);
            Issued ca = loadOrCreateCa();
            Issued server = loadOrCreateServer(ca, names);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", server.key(), new char[0],
                    new java.security.cert.Certificate[] {server.certificate(), ca.certificate()});
            return store;
        } catch (IOException e) {
            throw new ForteException("Could not create or read the TLS certificates in " + directory + ": "
                    + e.getMessage() + ". Check that the data directory is writable, or delete " + directory
                    + " to create new ones (clients must then trust the new ca.pem).", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new ForteException("Could not create the TLS certificates in " + directory + ": " + e.getMessage()
                    + ". Delete " + directory + " to create new ones.", e);
        }
    }

    private Issued loadOrCreateCa() throws IOException, GeneralSecurityException, OperatorCreationException {
        Path certFile = caCertificateFile();
        Path keyFile = directory.resolve("ca-key.pem");
        if (Files.exists(certFile) && Files.exists(keyFile)) {
            return new Issued(readCertificate(certFile), readKey(keyFile));
        }
        KeyPair keys = newKeyPair();
        X500Name name = new X500Name("CN=Forte local CA " + Long.toHexString(random.nextLong()));
        X509v3CertificateBuilder builder = builder(name, name, keys, CA_LIFETIME)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        Issued ca = new Issued(sign(builder, keys.getPrivate()), keys.getPrivate());
        write(keyFile, ca.key(), true);
        write(certFile, ca.certificate(), false);
        return ca;
    }

    private Issued loadOrCreateServer(Issued ca, List<String> names)
            throws IOException, GeneralSecurityException, OperatorCreationException {
        Path certFile = directory.resolve("server.pem");
        Path keyFile = directory.resolve("server-key.pem");
        if (Files.exists(certFile) && Files.exists(keyFile)) {
            Issued existing = new Issued(readCertificate(certFile), readKey(keyFile));
            if (stillServes(existing.certificate(), ca.certificate(), names)) {
                return existing;
            }
        }
        KeyPair keys = newKeyPair();
        X500Name issuer = new X500Name(ca.certificate().getSubjectX500Principal().getName());
        X509v3CertificateBuilder builder = builder(issuer, new X500Name("CN=localhost"), keys, SERVER_LIFETIME)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, SubjectNames.generalNames(names))
                .addExtension(Extension.authorityKeyIdentifier, false,
                        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
        Issued server = new Issued(sign(builder, ca.key()), keys.getPrivate());
        write(keyFile, server.key(), true);
        write(certFile, server.certificate(), false);
        return server;
    }

    private boolean stillServes(X509Certificate server, X509Certificate ca, List<String> names) {
        try {
            server.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            return false;
        }
        Instant renewAt = server.getNotAfter().toInstant().minus(RENEW_BEFORE);
        return clock.instant().isBefore(renewAt) && SubjectNames.of(server).containsAll(SubjectNames.normalized(names));
    }

    private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Duration lifetime) {
        Instant now = clock.instant();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, random),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(lifetime)), subject, keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws OperatorCreationException, GeneralSecurityException {
        X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(SIGNATURE).build(signer));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        return generator.generateKeyPair();
    }

    private static void write(Path file, Object pemObject, boolean secret) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            // PKCS#8 ("PRIVATE KEY"): the SEC1 form BouncyCastle writes for EC keys by default omits the public key.
            if (pemObject instanceof PrivateKey key) {
                writer.writeObject(new JcaPKCS8Generator(key, null));
            } else {
                writer.writeObject(pemObject);
            }
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        if (secret) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(temporary, text.toString(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        return PemFile.read(file).onlyCertificate();
    }

    private static PrivateKey readKey(Path file) throws IOException {
        return PemFile.read(file).onlyPrivateKey();
    }

    private record Issued(X509Certificate certificate, PrivateKey key) {}
}
