package dev.forte.server.internal.auth.sigv4;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    // Parts in the order every AWS signer writes them, separated by "," and optional spaces.
    private static final Pattern FORM = Pattern.compile(ALGORITHM
            + " +Credential=([^/,\\s]+)/([0-9]{8})/([^/,\\s]+)/([^/,\\s]+)/([^/,\\s]+)"
            + " *, *SignedHeaders=([a-z0-9!#$%&'*+.^_`|~-]+(?:;[a-z0-9!#$%&'*+.^_`|~-]+)*)"
            + " *, *Signature=([0-9a-f]{64})");

    AuthorizationHeader {
        signedHeaders = List.copyOf(signedHeaders);
    }

    /** Returns the parts of {@code value}, or empty when it is not exactly SigV4's form. */
    static Optional<AuthorizationHeader> parse(String value) {
        Matcher m = FORM.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> signedHeaders = List.of(m.group(6).split(";"));
        return Optional.of(new AuthorizationHeader(
                m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), signedHeaders, m.group(7)));
    }

    /** Returns the credential scope, {@code 20261125/us-east-1/appsync/aws4_request}. */
    String scope() {
        return date + "/" + region + "/" + service + "/" + terminator;
    }
}
