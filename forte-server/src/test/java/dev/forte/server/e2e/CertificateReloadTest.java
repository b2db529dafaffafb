package dev.forte.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.forte.server.ForteConfig;
import dev.forte.server.ForteServer;
import dev.forte.server.TlsCertificate;
import dev.forte.server.internal.storage.TestDatabases;
import dev.forte.server.internal.tls.CertificateWatch;
import dev.forte.server.internal.tls.LocalCertificateAuthority;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A node started with {@code --tls-cert}/{@code --tls-key} serves a pair renewed in place to new TLS handshakes
 * while an open connection keeps working, and keeps serving it when the next pair written is broken, saying so.
 */
class CertificateReloadTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir Path directory;
    TestDatabases.Schema schema;
    Path chain;
    Path key;
    ForteServer server;
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void startWithAFirstCertificate() throws Exception {
        chain = directory.resolve("fullchain.pem");
        key = directory.resolve("privkey.pem");
        install(issue("first"));
        logged.start();
        ((Logger) LoggerFactory.getLogger(CertificateWatch.class)).addAppender(logged);
        schema = TestDatabases.embedded().newSchema();
        String url = TestDatabases.embedded().postgres().jdbcUrl();
        server = ForteServer.start(ForteConfig.builder(TestBackends.todo()).dataDirectory(directory.resolve("data"))
                .jdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.name())
                .tls(true).tlsCertificate(TlsCertificate.fromPem(chain, key)).build());
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(CertificateWatch.class)).detachAppender(logged);
        server.close();
        schema.close();
    }

    @Test
    void newHandshakesGetARenewedCertificateOpenConnectionsStayAndABrokenPairLeavesItServing() throws Exception {
        X509Certificate first = certificate(issue("first"));
        X509Certificate renewed = certificate(issue("renewed"));
        assertThat(presented()).isEqualTo(first);

        try (SSLSocket open = handshake()) {
            install(issue("renewed"));
            assertThat(await(() -> presented().equals(renewed))).as("a new handshake gets the renewed certificate")
                    .isTrue();

            assertThat(open.getSession().getPeerCertificates()[0]).isEqualTo(first);
            assertThat(get(open)).as("the connection opened before the renewal still answers")
                    .startsWith("HTTP/1.1 ");
        }

        Files.copy(issue("unrelated").resolve("server-key.pem"), key, StandardCopyOption.REPLACE_EXISTING);
        assertThat(await(() -> errors().size() == 1)).isTrue();
        assertThat(errors().get(0)).contains(key.toString()).contains("keeps serving the previous certificate");
        assertThat(presented()).isEqualTo(renewed);
    }

    private List<String> errors() {
        return logged.list.stream().filter(event -> event.getLevel() == Level.ERROR)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Returns the certificate the server presents to a new handshake. */
    private X509Certificate presented() {
        try (SSLSocket socket = handshake()) {
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SSLSocket handshake() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new AcceptingAnyServer()}, new SecureRandom());
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.port());
        socket.startHandshake();
        return socket;
    }

    private static String get(SSLSocket socket) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write("GET /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        return new String(in.readNBytes(9), StandardCharsets.US_ASCII);
    }

    private Path issue(String name) {
        Path data = directory.resolve(name);
        if (!Files.exists(data.resolve("tls").resolve("server.pem"))) {
            LocalCertificateAuthority.in(data, Clock.systemUTC()).serverKeyStore(List.of("localhost", "127.0.0.1"));
        }
        return data.resolve("tls");
    }

    private static X509Certificate certificate(Path tls) throws Exception {
        return TlsCertificate.fromPem(tls.resolve("server.pem"), tls.resolve("server-key.pem")).certificate();
    }

    private void install(Path tls) throws Exception {
        Files.copy(tls.resolve("server.pem"), chain, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(tls.resolve("server-key.pem"), key, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Inspects what the server presents; this test checks which certificate, not whether it is trusted. */
    private static final class AcceptingAnyServer implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
