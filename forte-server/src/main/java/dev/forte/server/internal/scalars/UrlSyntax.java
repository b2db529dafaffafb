package dev.forte.server.internal.scalars;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * AppSync's {@code AWSURL}: an RFC 1738 URL with a scheme, such as {@code https://example.com/a} or
 * {@code mailto:user@example.com}. Network schemes need a host, and a path may not contain {@code //}.
 */
final class UrlSyntax {
    private static final Set<String> SCHEMES_WITH_HOST = Set.of("http", "https", "ftp", "ftps", "ws", "wss");

    private UrlSyntax() {}

    static boolean isUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && hasRequiredHost(uri) && hasCleanPath(uri) && hasContent(uri);
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    private static boolean hasRequiredHost(URI uri) {
        boolean needsHost = SCHEMES_WITH_HOST.contains(uri.getScheme().toLowerCase(Locale.ROOT));
        return !needsHost || uri.getHost() != null;
    }

    private static boolean hasCleanPath(URI uri) {
        return uri.getRawPath() == null || !uri.getRawPath().contains("//");
    }

    private static boolean hasContent(URI uri) {
        return !uri.getRawSchemeSpecificPart().isEmpty();
    }
}
