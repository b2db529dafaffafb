package dev.forte.server.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateWatchTest {
    @TempDir Path directory;
    Path chain;
    Path key;
    final List<X509Certificate> installed = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    CertificateWatch watch;

    @BeforeEach
    void serveAFirstCertificate() throws Exception {
        chain = directory.resolve("fullchain.pem");
        key = directory.resolve("privkey.pem");
        copy(issue("first", Clock.systemUTC()));
        watch = watching(Instant.now().plus(Duration.ofDays(397)));
    }

    @Test
    void installsARenewedPairOnceItReadsTheSameTwice() throws Exception {
        Path renewed = issue("renewed", Clock.systemUTC());
        copy(renewed);

        watch.check();
        assertThat(installed).as("a pair seen once may be half written").isEmpty();
        watch.check();
        assertThat(installed).singleElement().isEqualTo(CertificateFiles.read(renewed.resolve("server.pem"),
                renewed.resolve("server-key.pem"), Clock.systemUTC()).chain().get(0));
        watch.check();
        watch.check();
        assertThat(installed).hasSize(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void waitsWhileOnlyTheCertificateWasWrittenAndInstallsWhenTheKeyFollows() throws Exception {
        Path renewed = issue("renewed", Clock.systemUTC());
        Files.copy(renewed.resolve("server.pem"), chain, StandardCopyOption.REPLACE_EXISTING);
        watch.check();

        Files.copy(renewed.resolve("server-key.pem"), key, StandardCopyOption.REPLACE_EXISTING);
        watch.check();
        watch.check();

        assertThat(installed).hasSize(1);
        assertThat(problems).isEmpty();
    }

    @Test
    void reportsAKeyOfAnotherCertificateOnceNamingTheFilesAndKeepsTheServedOne() throws Exception {
        Files.copy(issue("other", Clock.systemUTC()).resolve("server-key.pem"), key,
                StandardCopyOption.REPLACE_EXISTING);

        for (int i = 0; i < 4; i++) {
            watch.check();
        }

        assertThat(installed).isEmpty();
        assertThat(problems).singleElement().asString()
                .startsWith("The TLS certificate files changed but cannot be served: ")
                .contains(key.toString()).contains(chain.toString())
                .endsWith("The node keeps serving the previous certificate until the files are fixed.");
    }

    @Test
    void reportsAnExpiredRenewalAndAMissingFile() throws Exception {
        copy(issue("old", Clock.fixed(Instant.now().minus(Duration.ofDays(800)), ZoneOffset.UTC)));
        watch.check();
        watch.check();
        Files.delete(key);
        watch.check();
        watch.check();

        assertThat(installed).isEmpty();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains(chain.toString()).contains("expired");
        assertThat(problems.get(1)).contains(key.toString());
    }

    @Test
    void saysOnceThatTheServedCertificateNearsExpiryUntilARenewalIsServed() throws Exception {
        watch = watching(Instant.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(1)));

        watch.check();
        watch.check();
        assertThat(warnings).singleElement().asString().contains("expires at ").contains("(in 3 days)")
                .contains("renew it (e.g. `certbot renew`) into " + chain + " and " + key);

        copy(issue("renewed", Clock.systemUTC()));
        watch.check();
        watch.check();
        watch.check();
        assertThat(installed).hasSize(1);
        assertThat(warnings).hasSize(1);
    }

    private CertificateWatch watching(Instant servedUntil) {
        return new CertificateWatch(chain, key, servedUntil, Clock.systemUTC(),
                pair -> installed.add(pair.chain().get(0)), problems::add, warnings::add);
    }

    private Path issue(String name, Clock clock) {
        LocalCertificateAuthority.in(directory.resolve(name), clock).serverKeyStore(List.of("localhost"));
        return directory.resolve(name).resolve("tls");
    }

    private void copy(Path tls) throws Exception {
        Files.copy(tls.resolve("server.pem"), chain, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(tls.resolve("server-key.pem"), key, StandardCopyOption.REPLACE_EXISTING);
    }
}
