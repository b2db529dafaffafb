package dev.forte.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.ForteException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateFilesTest {
    @TempDir Path directory;

    @Test
    void readsTheChainAndPkcs8KeyOfACertificateAuthority() {
        Path tls = issue(directory, Clock.systemUTC());

        CertificateFiles.Checked checked = CertificateFiles.read(tls.resolve("server.pem"),
                tls.resolve("server-key.pem"), Clock.systemUTC());

        assertThat(checked.chain()).hasSize(1);
        assertThat(checked.key().getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void readsTraditionalRsaAndEcKeys() throws Exception {
        for (String algorithm : List.of("RSA", "EC")) {
            KeyPair keys = generator(algorithm).generateKeyPair();
            Path certificate = write(algorithm + ".pem", selfSigned(keys, algorithm));
            Path key = write(algorithm + "-key.pem", traditional(keys)); // as openssl genrsa / ecparam -genkey write

            assertThat(Files.readString(key)).startsWith("-----BEGIN " + algorithm + " PRIVATE KEY-----");
            assertThat(CertificateFiles.read(certificate, key, Clock.systemUTC()).key().getAlgorithm())
                    .isEqualTo(algorithm);
        }
    }

    @Test
    void readsAChainOfTheServerCertificateAndItsIssuer() throws Exception {
        Path tls = issue(directory, Clock.systemUTC());
        Path chain = write("chain.pem", Files.readString(tls.resolve("server.pem")) + Files.readString(
                tls.resolve("ca.pem")));

        assertThat(CertificateFiles.read(chain, tls.resolve("server-key.pem"), Clock.systemUTC()).chain()).hasSize(2);
    }

    @Test
    void rejectsAChainWhoseNextCertificateDidNotIssueThePrevious() throws Exception {
        Path tls = issue(directory.resolve("a"), Clock.systemUTC());
        Path otherCa = issue(directory.resolve("b"), Clock.systemUTC()).resolve("ca.pem");
        Path chain = write("chain.pem", Files.readString(tls.resolve("server.pem")) + Files.readString(otherCa));

        assertThatThrownBy(() -> CertificateFiles.read(chain, tls.resolve("server-key.pem"), Clock.systemUTC()))
                .hasMessageStartingWith("Certificate 1 of the chain " + chain + " (`CN=localhost`) is not signed by "
                        + "certificate 2 (`CN=Forte local CA ")
                .hasMessageEndingWith("Give the chain in order: the server's certificate, then the intermediate "
                        + "that issued it, and so on; leave out certificates of other chains.");
    }

    @Test
    void rejectsAKeyThatIsNotTheCertificatesNamingBothFiles() {
        Path first = issue(directory.resolve("a"), Clock.systemUTC());
        Path second = issue(directory.resolve("b"), Clock.systemUTC());

        assertThatThrownBy(() -> CertificateFiles.read(first.resolve("server.pem"), second.resolve("server-key.pem"),
                Clock.systemUTC()))
                .isInstanceOf(ForteException.class)
                .hasMessage("The private key " + second.resolve("server-key.pem") + " does not belong to the "
                        + "certificate `CN=localhost` in " + first.resolve("server.pem") + ". Give the key the "
                        + "certificate was issued for, and put the server's own certificate first in the chain.");
    }

    @Test
    void rejectsAnExpiredCertificateNamingWhenItExpired() {
        Instant issuedAt = Instant.parse("2020-01-01T00:00:00Z");
        Path tls = issue(directory, Clock.fixed(issuedAt, ZoneOffset.UTC));
        Instant expiry = issuedAt.plus(LocalCertificateAuthority.SERVER_LIFETIME);

        assertThatThrownBy(() -> CertificateFiles.read(tls.resolve("server.pem"), tls.resolve("server-key.pem"),
                Clock.systemUTC()))
                .isInstanceOf(ForteException.class)
                .hasMessage("The certificate `CN=localhost` in " + tls.resolve("server.pem") + " expired on " + expiry
                        + ". Renew it with your certificate authority and give the new chain.");
    }

    @Test
    void rejectsACertificateNotValidYet() {
        Path tls = issue(directory, Clock.offset(Clock.systemUTC(), Duration.ofDays(2)));

        assertThatThrownBy(() -> CertificateFiles.read(tls.resolve("server.pem"), tls.resolve("server-key.pem"),
                Clock.systemUTC()))
                .hasMessageContaining(" is not valid before ")
                .hasMessageEndingWith("Check this machine's clock, or wait until then.");
    }

    @Test
    void rejectsTheCertificateAndKeyGivenTheWrongWayRound() {
        Path tls = issue(directory, Clock.systemUTC());
        Path certificate = tls.resolve("server.pem");
        Path key = tls.resolve("server-key.pem");

        assertThatThrownBy(() -> CertificateFiles.read(key, certificate, Clock.systemUTC()))
                .hasMessageStartingWith("The certificate chain " + key + " holds a private key, not a certificate "
                        + "(BEGIN CERTIFICATE).");
        assertThatThrownBy(() -> CertificateFiles.read(certificate, certificate, Clock.systemUTC()))
                .hasMessageStartingWith("The private key " + certificate + " holds a certificate, not a private key "
                        + "(BEGIN PRIVATE KEY, BEGIN RSA PRIVATE KEY or BEGIN EC PRIVATE KEY).");
    }

    @Test
    void rejectsMissingEmptyAndNonPemFiles() throws Exception {
        Path tls = issue(directory, Clock.systemUTC());
        Path missing = directory.resolve("missing.pem");
        Path empty = write("empty.pem", "");
        Path garbage = write("garbage.pem", "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> CertificateFiles.read(missing, tls.resolve("server-key.pem"), Clock.systemUTC()))
                .hasMessage("The certificate chain " + missing + " does not exist. Check the path (relative paths "
                        + "start at the current directory).");
        assertThatThrownBy(() -> CertificateFiles.read(tls.resolve("server.pem"), empty, Clock.systemUTC()))
                .hasMessage("The private key " + empty + " holds no PEM object (no -----BEGIN line). Give the PEM "
                        + "file of the private key.");
        assertThatThrownBy(() -> CertificateFiles.read(garbage, tls.resolve("server-key.pem"), Clock.systemUTC()))
                .hasMessageStartingWith("The certificate chain " + garbage + " cannot be read as PEM: ");
    }

    @Test
    void rejectsAnEncryptedKeySayingHowToDecryptIt() throws Exception {
        Path tls = issue(directory, Clock.systemUTC());
        KeyPair keys = KeyPairGenerator.getInstance("EC").generateKeyPair();
        Path encrypted = write("encrypted.pem", new JcaPKCS8Generator(keys.getPrivate(),
                new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
                        .setProvider(new BouncyCastleProvider()).setPassword("secret".toCharArray()).build()));

        assertThatThrownBy(() -> CertificateFiles.read(tls.resolve("server.pem"), encrypted, Clock.systemUTC()))
                .hasMessage("The private key " + encrypted + " is encrypted, and Forte reads only unencrypted keys. "
                        + "Write a decrypted copy readable by Forte's user alone: `openssl pkey -in " + encrypted
                        + " -out key.pem && chmod 600 key.pem`.");
    }

    /** Returns the {@code tls} directory of a local authority that issued a certificate for localhost then. */
    private static Path issue(Path dataDirectory, Clock clock) {
        LocalCertificateAuthority.in(dataDirectory, clock).serverKeyStore(List.of("localhost"));
        return dataDirectory.resolve("tls");
    }

    private static X509Certificate selfSigned(KeyPair keys, String algorithm) throws Exception {
        X500Name name = new X500Name("CN=forte.test");
        Instant now = Instant.now();
        var holder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, Date.from(now.minusSeconds(60)),
                Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic())
                .build(new JcaContentSignerBuilder(algorithm.equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA")
                        .build(keys.getPrivate()));
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static KeyPairGenerator generator(String algorithm) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize(algorithm.equals("RSA") ? 2048 : 256);
        return generator;
    }

    /** Returns PKCS#1 for an RSA key, SEC1 with the curve and public key for an EC key (OpenSSL's forms). */
    private static Object traditional(KeyPair keys) throws Exception {
        if (!keys.getPrivate().getAlgorithm().equals("EC")) {
            return keys;
        }
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(keys.getPrivate().getEncoded());
        BigInteger d = ((ECPrivateKey) keys.getPrivate()).getS();
        var sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256, d,
                SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()).getPublicKeyData(),
                info.getPrivateKeyAlgorithm().getParameters());
        return new PemObject("EC PRIVATE KEY", sec1.getEncoded());
    }

    private Path write(String name, Object pemObject) throws Exception {
        StringWriter text = new StringWriter();
        if (pemObject instanceof String string) {
            text.write(string);
        } else {
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                writer.writeObject(pemObject instanceof JcaPKCS8Generator generator ? generator.generate() : pemObject);
            }
        }
        return Files.writeString(directory.resolve(name), text.toString());
    }
}
