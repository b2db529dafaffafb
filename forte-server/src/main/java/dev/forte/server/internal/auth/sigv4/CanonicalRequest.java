package dev.forte.server.internal.auth.sigv4;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical request exactly as amplify-js builds it ({@code core/.../signatureV4/utils/getCanonical*.ts}):
 * the path through {@code encodeURIComponent} with {@code /} kept, the query decoded as {@code URLSearchParams}
 * does then sorted and RFC 3986-encoded, each signed header as {@code name:value} with the value trimmed and its
 * inner whitespace runs collapsed by JavaScript's {@code \s}, then the signed-header list and the payload hash.
 */
final class CanonicalRequest {
    private static final String URI_COMPONENT_UNRESERVED = "-_.!~*'()";
    private static final String RFC3986_UNRESERVED = "-_.~";

    private CanonicalRequest() {}

    /** Returns the canonical request of {@code request} as signed over {@code signedHeaders}. */
    static String of(SignedRequest request, List<String> signedHeaders, String payloadHash) {
        StringBuilder out = new StringBuilder(512);
        out.append(request.method()).append('\n');
        out.append(canonicalUri(request.rawPath())).append('\n');
        out.append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders) {
            out.append(name).append(':').append(canonicalValue(request.headers(name))).append('\n');
        }
        out.append('\n').append(String.join(";", signedHeaders)).append('\n');
        return out.append(payloadHash).toString();
    }

    static String canonicalUri(String rawPath) {
        return rawPath.isEmpty() ? "/" : encode(rawPath, URI_COMPONENT_UNRESERVED + "/");
    }

    static String canonicalQuery(String rawQuery) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                pairs.add(Map.entry(formDecode(name), formDecode(value)));
            }
        }
        pairs.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        List<String> encoded = new ArrayList<>(pairs.size());
        for (Map.Entry<String, String> pair : pairs) {
            encoded.add(encode(pair.getKey(), RFC3986_UNRESERVED) + "=" + encode(pair.getValue(), RFC3986_UNRESERVED));
        }
        return String.join("&", encoded);
    }

    static String canonicalValue(List<String> values) {
        if (values.size() == 1) {
            return collapseWhitespace(values.get(0));
        }
        List<String> collapsed = new ArrayList<>(values.size());
        for (String value : values) {
            collapsed.add(collapseWhitespace(value));
        }
        return String.join(",", collapsed);
    }

    /** Returns {@code value.trim().replace(/\s+/g, ' ')} as JavaScript computes it. */
    static String collapseWhitespace(String value) {
        if (!needsCollapsing(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isJavaScriptWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code value} has whitespace at either end or other than single spaces inside. */
    private static boolean needsCollapsing(String value) {
        int last = value.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = value.charAt(i);
            if (isJavaScriptWhitespace(c) && (c != ' ' || i == 0 || i == last || value.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }

    // ECMAScript WhiteSpace and LineTerminator: what \s and trim() match.
    private static boolean isJavaScriptWhitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f'
                || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    /** Percent-encodes the UTF-8 bytes of {@code text} except ASCII letters, digits and {@code keep}. */
    private static String encode(String text, String keep) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isAsciiAlphanumeric(c) || keep.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Decodes as {@code application/x-www-form-urlencoded} (WHATWG): {@code +} is a space, bad escapes stay. */
    private static String formDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.replace('+', ' ').getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int lo = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (raw[i] == '%' && hi >= 0 && lo >= 0) {
                bytes.write(hi << 4 | lo);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
