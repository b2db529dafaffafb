package dev.forte.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalCertificateAuthorityTest {
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    @TempDir
    Path dataDirectory;

    @Test
    void issuesALoopbackServerCertificateSignedByTheCa() throws Exception {
        LocalCertificateAuthority authority = LocalCertificateAuthority.in(dataDirectory, Clock.systemUTC());

        X509Certificate[] chain = chain(authority.serverKeyStore(LOOPBACK));

        X509Certificate ca = chain[1];
        chain[0].verify(ca.getPublicKey());
        assertThat(chain[0].getSubjectAlternativeNames()).extracting(entry -> (Object) String.valueOf(entry.get(1)))
                .contains((Object) "localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(Files.readString(authority.caCertificateFile())).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void keepsPrivateKeysReadableByTheOwnerOnly() throws Exception {
        LocalCertificateAuthority.in(dataDirectory, Clock.systemUTC()).serverKeyStore(LOOPBACK);

        for (String key : List.of("ca-key.pem", "server-key.pem")) {
            assertThat(Files.getPosixFilePermissions(dataDirectory.resolve("tls").resolve(key)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void reusesTheCaAndServerCertificateAcrossRestarts() throws Exception {
        X509Certificate[] first = chain(LocalCertificateAuthority.in(dataDirectory, Clock.systemUTC())
                .serverKeyStore(LOOPBACK));

        X509Certificate[] second = chain(LocalCertificateAuthority.in(dataDirectory, Clock.systemUTC())
                .serverKeyStore(LOOPBACK));

        assertThat(second[1]).isEqualTo(first[1]);
        assertThat(second[0]).isEqualTo(first[0]);
    }

    @Test
    void renewsTheServerCertificateNearExpiryOrForANewNameWithTheSameCa() throws Exception {
        X509Certificate[] first = chain(LocalCertificateAuthority.in(dataDirectory, Clock.systemUTC())
                .serverKeyStore(LOOPBACK));
        Clock nearExpiry = Clock.fixed(Instant.now().plus(LocalCertificateAuthority.SERVER_LIFETIME)
                .minus(Duration.ofDays(10)), ZoneOffset.UTC);

        X509Certificate[] renewed = chain(LocalCertificateAuthority.in(dataDirectory, nearExpiry)
                .serverKeyStore(LOOPBACK));
        X509Certificate[] widened = chain(LocalCertificateAuthority.in(dataDirectory, Clock.systemUTC())
                .serverKeyStore(List.of("localhost", "127.0.0.1", "::1", "192.168.1.20")));

        assertThat(renewed[1]).isEqualTo(first[1]);
        assertThat(renewed[0]).isNotEqualTo(first[0]);
        assertThat(widened[0].getSubjectAlternativeNames()).extracting(entry -> (Object) String.valueOf(entry.get(1))).contains((Object) "192.168.1.20");
    }

    private static X509Certificate[] chain(KeyStore store) throws Exception {
        return java.util.Arrays.stream(store.getCertificateChain("server")).map(X509Certificate.class::cast)
                .toArray(X509Certificate[]::new);
    }
}
