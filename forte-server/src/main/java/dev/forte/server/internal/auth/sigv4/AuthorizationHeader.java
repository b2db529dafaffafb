package dev.forte.server.internal.auth.sigv4;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * The parts of {@code Authorization: AWS4-HMAC-SHA256 Credential=AKID/20261125/us-east-1/appsync/aws4_request,
 * SignedHeaders=host;x-amz-date, Signature=<64 hex>}.
 */
record AuthorizationHeader(
        String accessKeyId,
        String date,
        String region,
        String service,
        String terminator,
        List<String> signedHeaders,
        String signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private static final String CREDENTIAL = "Credential=";
    private static final String SIGNED_HEADERS = "SignedHeaders=";
    private static final String SIGNATURE = "Signature=";
    private static final int SIGNATURE_HEX_DIGITS = 64;
    /** The characters of an HTTP token besides lowercase letters and digits (RFC 9110 tchar). */
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    AuthorizationHeader {
        signedHeaders = List.copyOf(signedHeaders);
    }

    /**
     * Returns the parts of {@code value}, or empty when it is not exactly SigV4's form: the algorithm, one or more
     * spaces, then {@code Credential=}, {@code SignedHeaders=} (lowercase names) and {@code Signature=} (64 lowercase
     * hex digits) in the order every AWS signer writes them, separated by {@code ,} and optional spaces. Parsed by
     * hand: this runs on every IAM request, where a regular expression was a third of the server's CPU.
     */
    static Optional<AuthorizationHeader> parse(String value) {
        String header = value.strip();
        if (!header.startsWith(ALGORITHM + " ")) {
            return Optional.empty();
        }
        int credentialStart = skipSpaces(header, ALGORITHM.length());
        int credentialEnd = header.indexOf(',', credentialStart);
        if (credentialEnd < 0 || !header.startsWith(CREDENTIAL, credentialStart)) {
            return Optional.empty();
        }
        List<String> scope = credentialScope(withoutTrailingSpaces(header, credentialStart + CREDENTIAL.length(),
                credentialEnd));
        int headersStart = skipSpaces(header, credentialEnd + 1);
        int headersEnd = header.indexOf(',', headersStart);
        if (scope.isEmpty() || headersEnd < 0 || !header.startsWith(SIGNED_HEADERS, headersStart)) {
            return Optional.empty();
        }
        List<String> signedHeaders = signedHeaders(withoutTrailingSpaces(header,
                headersStart + SIGNED_HEADERS.length(), headersEnd));
        int signatureStart = skipSpaces(header, headersEnd + 1);
        String signature = header.startsWith(SIGNATURE, signatureStart)
                ? header.substring(signatureStart + SIGNATURE.length())
                : "";
        if (signedHeaders.isEmpty() || !isLowercaseHex(signature, SIGNATURE_HEX_DIGITS)) {
            return Optional.empty();
        }
        return Optional.of(new AuthorizationHeader(scope.get(0), scope.get(1), scope.get(2), scope.get(3),
                scope.get(4), signedHeaders, signature));
    }

    /** Returns access key id, date, region, service and terminator; empty unless exactly five non-blank parts. */
    private static List<String> credentialScope(String credential) {
        String[] parts = credential.split("/", -1);
        if (parts.length != 5 || parts[1].length() != 8 || !allMatch(parts[1], c -> c >= '0' && c <= '9')) {
            return List.of();
        }
        for (String part : parts) {
            if (part.isEmpty() || !allMatch(part, c -> c != ',' && !Character.isWhitespace(c))) {
                return List.of();
            }
        }
        return List.of(parts);
    }

    /** Returns the names of a {@code ;}-separated list of lowercase header names; empty if one is not. */
    private static List<String> signedHeaders(String list) {
        String[] names = list.split(";", -1);
        for (String name : names) {
            if (name.isEmpty() || !allMatch(name, AuthorizationHeader::isLowercaseTokenChar)) {
                return List.of();
            }
        }
        return List.of(names);
    }

    /** A loop, not {@code chars().allMatch}: a stream pipeline per header name costs more than the check. */
    private static boolean allMatch(String text, IntPredicate test) {
        for (int i = 0; i < text.length(); i++) {
            if (!test.test(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowercaseTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }

    private static boolean isLowercaseHex(String text, int length) {
        return text.length() == length && allMatch(text, c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static String withoutTrailingSpaces(String text, int from, int to) {
        int end = to;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(from, end);
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** Returns the credential scope, {@code 20261125/us-east-1/appsync/aws4_request}. */
    String scope() {
        return date + "/" + region + "/" + service + "/" + terminator;
    }
}
