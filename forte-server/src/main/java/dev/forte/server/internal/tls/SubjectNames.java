package dev.forte.server.internal.tls;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;

/** The subject alternative names of the server certificate: DNS names and IP addresses, in a comparable form. */
final class SubjectNames {
    private SubjectNames() {}

    static GeneralNames generalNames(List<String> names) {
        Set<String> normalized = normalized(names);
        GeneralName[] general = new GeneralName[normalized.size()];
        int i = 0;
        for (String name : normalized) {
            general[i++] = isIpAddress(name)
                    ? new GeneralName(GeneralName.iPAddress, name)
                    : new GeneralName(GeneralName.dNSName, name);
        }
        return new GeneralNames(general);
    }

    /** Returns the names with IP addresses in canonical form and DNS names in lower case. */
    static Set<String> normalized(Collection<String> names) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String name : names) {
            normalized.add(isIpAddress(name) ? canonicalIp(name) : name.toLowerCase(Locale.ROOT));
        }
        return normalized;
    }

    static Set<String> of(X509Certificate certificate) {
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            Set<String> names = new LinkedHashSet<>();
            if (entries != null) {
                entries.forEach(entry -> names.add(String.valueOf(entry.get(1))));
            }
            return normalized(names);
        } catch (CertificateParsingException e) {
            return Set.of();
        }
    }

    private static boolean isIpAddress(String name) {
        return name.contains(":") || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static String canonicalIp(String name) {
        try {
            return InetAddress.getByName(name.replace("[", "").replace("]", "")).getHostAddress();
        } catch (UnknownHostException e) {
            return name;
        }
    }
}
