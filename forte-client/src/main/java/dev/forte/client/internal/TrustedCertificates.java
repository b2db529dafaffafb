package dev.forte.client.internal;

import dev.forte.client.DataClientException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** An {@link SSLContext} trusting the certificates of a PEM file, such as a Forte sandbox's local CA. */
public final class TrustedCertificates {
    private TrustedCertificates() {}

    public static SSLContext sslContext(Path pemFile) {
        try (InputStream pem = Files.newInputStream(pemFile)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int index = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                trust.setCertificateEntry("trusted-" + index++, certificate);
            }
            if (index == 0) {
                throw new DataClientException("No certificate in " + pemFile + ": give the PEM file of the CA to "
                        + "trust, e.g. the `CA certificate:` path a Forte sandbox prints.");
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new DataClientException("Could not read the CA certificate " + pemFile + ": " + e.getMessage()
                    + ". Give the PEM file a Forte sandbox prints as `CA certificate:`.");
        }
    }
}
