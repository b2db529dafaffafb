package dev.forte.server.internal.auth.sigv4;

import static dev.forte.server.internal.auth.sigv4.SigV4Failure.EXPIRED_CREDENTIALS;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.HEADER_NOT_SIGNED;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.INCOMPLETE_SIGNATURE;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.INVALID_SECURITY_TOKEN;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.MISSING_AUTHORIZATION;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.PAYLOAD_HASH_MISMATCH;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.SIGNATURE_EXPIRED;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.SIGNATURE_MISMATCH;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.UNKNOWN_ACCESS_KEY;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.WRONG_SCOPE;

import dev.forte.server.internal.auth.sigv4.SigV4Result.Rejected;
import dev.forte.server.internal.auth.sigv4.SigV4Result.Verified;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Verifies AWS Signature Version 4 on HTTP requests and on the IAM forms of the realtime protocol, as AppSync
 * does for the {@code AWS_IAM} auth mode.
 *
 * <p>The canonical request is rebuilt from the client's own {@code SignedHeaders} list, the raw path and query
 * and the exact body bytes (PROTOCOL §3.3); the signature is recomputed with the secret the {@link
 * CredentialLookup} returns and compared in constant time. A request whose {@code x-amz-date} is more than five
 * minutes away from the clock is refused. Client errors are returned as {@link SigV4Result.Rejected}, never thrown.
 */
public final class SigV4Verifier<P> {
    /** The signing name of AppSync's GraphQL and realtime endpoints. */
    public static final String APPSYNC_SERVICE = "appsync";

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String TERMINATOR = "aws4_request";
    private static final int AMZ_DATE_LENGTH = "20261125T190639Z".length();
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withResolverStyle(ResolverStyle.STRICT);
    private static final String SIGNATURE_MISMATCH_MESSAGE = "The request signature we calculated does not match"
            + " the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service"
            + " documentation for details.";
    private static final String INVALID_TOKEN_MESSAGE = "The security token included in the request is invalid.";

    private final CredentialLookup<P> credentials;
    private final String region;
    private final String service;
    private final Clock clock;

    private SigV4Verifier(CredentialLookup<P> credentials, String region, String service, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.service = service;
        this.clock = clock;
    }

    /** Returns a verifier for an API in {@code region} (the clients' {@code aws_region}) signed as {@code appsync}. */
    public static <P> SigV4Verifier<P> forAppSync(CredentialLookup<P> credentials, String region, Clock clock) {
        return new SigV4Verifier<>(credentials, region, APPSYNC_SERVICE, clock);
    }

    /** Returns who signed {@code request}, or why it is refused. */
    public SigV4Result<P> verify(SignedRequest request) {
        List<String> authorization = request.headers("authorization");
        if (authorization.isEmpty()) {
            return reject(MISSING_AUTHORIZATION, "Missing authorization header");
        }
        Optional<AuthorizationHeader> auth = authorization.size() == 1
                ? AuthorizationHeader.parse(authorization.get(0))
                : Optional.empty();
        if (auth.isEmpty()) {
            return reject(INCOMPLETE_SIGNATURE, "Authorization header requires 'Credential', 'SignedHeaders' and"
                    + " 'Signature' parameters, as in 'AWS4-HMAC-SHA256 Credential=<access key id>/<yyyyMMdd>/"
                    + region + "/" + service + "/aws4_request, SignedHeaders=<lowercase names joined by ;>,"
                    + " Signature=<64 lowercase hex digits>'.");
        }
        return verify(request, auth.get());
    }

    /**
     * Returns who signed a realtime message: the IAM header object of {@code connect} or of a {@code start}'s
     * {@code extensions.authorization}, signed as a {@code POST} of {@code body} to {@code canonicalPath}.
     */
    public SigV4Result<P> verifyRealtime(String canonicalPath, Map<String, String> headers, String body) {
        return verify(SignedRequest.newRequest()
                .method("POST")
                .rawPath(canonicalPath)
                .headers(headers)
                .body(body)
                .build());
    }

    /** Returns who signed the connection's header object: a {@code POST} of {@code {}} to {@code <path>/connect}. */
    public SigV4Result<P> verifyConnect(String graphqlPath, Map<String, String> headers) {
        return verifyRealtime(graphqlPath + "/connect", headers, "{}");
    }

    /** Returns who signed a {@code start}: a {@code POST} of {@code payload.data}, exactly as received, to the path. */
    public SigV4Result<P> verifyStart(String graphqlPath, Map<String, String> authorization, String data) {
        return verifyRealtime(graphqlPath, authorization, data);
    }

    private SigV4Result<P> verify(SignedRequest request, AuthorizationHeader auth) {
        @Nullable Rejected<P> rejected = checkScope(auth);
        if (rejected == null) {
            rejected = checkRequiredSignedHeaders(auth);
        }
        if (rejected != null) {
            return rejected;
        }
        String amzDate = headerValue(request, "x-amz-date");
        Optional<Instant> signedAt = parseAmzDate(amzDate);
        if (signedAt.isEmpty()) {
            return reject(INCOMPLETE_SIGNATURE, "Date must be in ISO-8601 'basic format'. Got '" + amzDate
                    + "'. See http://en.wikipedia.org/wiki/ISO_8601");
        }
        rejected = checkDate(auth, amzDate, signedAt.get());
        return rejected != null ? rejected : verifyWithCredential(request, auth, amzDate);
    }

    private SigV4Result<P> verifyWithCredential(SignedRequest request, AuthorizationHeader auth, String amzDate) {
        Optional<Credential<P>> found = credentials.find(auth.accessKeyId());
        if (found.isEmpty()) {
            return reject(UNKNOWN_ACCESS_KEY, INVALID_TOKEN_MESSAGE);
        }
        Credential<P> credential = found.get();
        @Nullable Rejected<P> rejected = checkCredential(request, credential);
        if (rejected != null) {
            return rejected;
        }
        String payloadHash = Aws4Signature.sha256Hex(request.body());
        rejected = checkContentSha256(request, auth, payloadHash);
        if (rejected != null) {
            return rejected;
        }
        String canonical = CanonicalRequest.of(request, auth.signedHeaders(), payloadHash);
        String expected = Aws4Signature.sign(credential.secretAccessKey(), auth, amzDate, canonical);
        return constantTimeEquals(expected, auth.signature())
                ? new Verified<>(credential.principal(), auth.accessKeyId())
                : reject(SIGNATURE_MISMATCH, SIGNATURE_MISMATCH_MESSAGE);
    }

    private @Nullable Rejected<P> checkScope(AuthorizationHeader auth) {
        StringBuilder problems = new StringBuilder();
        if (!auth.region().equals(region)) {
            problems.append("Credential should be scoped to a valid region, not '").append(auth.region())
                    .append("'. This API signs in '").append(region).append("'. ");
        }
        if (!auth.service().equals(service)) {
            problems.append("Credential should be scoped to correct service: '").append(service).append("'. ");
        }
        if (!auth.terminator().equals(TERMINATOR)) {
            problems.append("Credential should be scoped with a valid terminator: '" + TERMINATOR + "', not '")
                    .append(auth.terminator()).append("'. ");
        }
        return problems.length() == 0 ? null : reject(WRONG_SCOPE, problems.toString().strip());
    }

    private @Nullable Rejected<P> checkRequiredSignedHeaders(AuthorizationHeader auth) {
        if (!auth.signedHeaders().contains("host")) {
            return reject(HEADER_NOT_SIGNED,
                    "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        if (!auth.signedHeaders().contains("x-amz-date")) {
            return reject(HEADER_NOT_SIGNED, "'X-Amz-Date' must be a 'SignedHeader' in the AWS Authorization.");
        }
        return null;
    }

    private @Nullable Rejected<P> checkDate(AuthorizationHeader auth, String amzDate, Instant signedAt) {
        if (!amzDate.startsWith(auth.date())) {
            return reject(WRONG_SCOPE, "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date"
                    + " from HTTP: '" + auth.date() + "' != '" + amzDate.substring(0, 8) + "', from 'x-amz-date'.");
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(MAX_CLOCK_SKEW))) {
            return reject(SIGNATURE_EXPIRED, "Signature expired: " + amzDate + " is now earlier than "
                    + format(now.minus(MAX_CLOCK_SKEW)) + " (" + format(now) + " - 5 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            return reject(SIGNATURE_EXPIRED, "Signature not yet current: " + amzDate + " is still later than "
                    + format(now.plus(MAX_CLOCK_SKEW)) + " (" + format(now) + " + 5 min.)");
        }
        return null;
    }

    private @Nullable Rejected<P> checkCredential(SignedRequest request, Credential<P> credential) {
        if (!clock.instant().isBefore(credential.expiresAt())) {
            return reject(EXPIRED_CREDENTIALS, "The security token included in the request is expired");
        }
        List<String> tokens = request.headers("x-amz-security-token");
        String expected = credential.sessionToken();
        boolean tokenMatches = expected == null
                ? tokens.isEmpty()
                : tokens.size() == 1 && constantTimeEquals(expected, tokens.get(0).strip());
        return tokenMatches ? null : reject(INVALID_SECURITY_TOKEN, INVALID_TOKEN_MESSAGE);
    }

    // Android's signer adds x-amz-content-sha256; when signed it must be the hash of the bytes received.
    private @Nullable Rejected<P> checkContentSha256(SignedRequest request, AuthorizationHeader auth, String hash) {
        if (!auth.signedHeaders().contains("x-amz-content-sha256")
                || headerValue(request, "x-amz-content-sha256").equals(hash)) {
            return null;
        }
        return reject(PAYLOAD_HASH_MISMATCH, "The provided 'x-amz-content-sha256' header does not match what was"
                + " computed.");
    }

    private static String headerValue(SignedRequest request, String name) {
        return CanonicalRequest.canonicalValue(request.headers(name));
    }

    /** Parses {@code yyyyMMdd'T'HHmmss'Z'} by hand: it runs on every IAM request. */
    private static Optional<Instant> parseAmzDate(String amzDate) {
        if (amzDate.length() != AMZ_DATE_LENGTH || amzDate.charAt(8) != 'T' || amzDate.charAt(15) != 'Z'
                || !isDigits(amzDate, 0, 8) || !isDigits(amzDate, 9, 15)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(number(amzDate, 0, 4), number(amzDate, 4, 6), number(amzDate, 6, 8),
                    number(amzDate, 9, 11), number(amzDate, 11, 13), number(amzDate, 13, 15))
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return Optional.empty(); // digits in place, but no such date or time (20261331T250000Z)
        }
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String digits, int from, int to) {
        return Integer.parseInt(digits, from, to, 10);
    }

    private static String format(Instant instant) {
        return AMZ_DATE.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static <P> Rejected<P> reject(SigV4Failure failure, String message) {
        return new Rejected<>(failure, message);
    }
}
