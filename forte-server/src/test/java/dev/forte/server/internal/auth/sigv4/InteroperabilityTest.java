package dev.forte.server.internal.auth.sigv4;

import static dev.forte.server.internal.auth.sigv4.SigV4Failure.PAYLOAD_HASH_MISMATCH;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.SIGNATURE_MISMATCH;
import static dev.forte.server.internal.auth.sigv4.SigV4VerifierTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.server.internal.auth.sigv4.SigV4Result.Verified;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Requests signed by other implementations verify: a non-ASCII body amplify-js signed in the {@code misc} capture,
 * and requests the AWS SDK for Java signs, as a function worker would, with custom headers, queries and payload
 * hashes.
 */
class InteroperabilityTest {
    private static final Instant SIGNED_AT = Instant.parse("2026-11-25T19:06:58Z");
    private static final String NON_ASCII_BODY = "{\"query\":\"mutation M($input: CreateTodoInput!) {\\n"
            + "  createTodo(input: $input) {\\n    id\\n    name\\n  }\\n}\\n\",\"variables\":{\"input\":{\"name\":"
            + "\"T\u00f6d\u00f6 \u2713 \u65e5\u672c \\\"q\\\" \\\\ /\"}}}";
    private static final SigV4Verifier<String> EU_WEST_2 = SigV4Verifier.forAppSync(
            id -> Optional.of(new Credential<>("secret", "token", SIGNED_AT.plusSeconds(60), "amplify")),
            "eu-west-2", Clock.fixed(SIGNED_AT, ZoneOffset.UTC));

    private final SigV4Verifier<String> verifier = SigV4Verifier.forAppSync(
            id -> Optional.of(new Credential<>(SdkSigner.SECRET, SdkSigner.SESSION_TOKEN,
                    SIGNED_AT.plusSeconds(900), "function:" + id)),
            "us-east-1", Clock.fixed(SIGNED_AT, ZoneOffset.UTC));

    @Test
    void nonAsciiBodySignedByAmplifyVerifies() {
        assertThat(NON_ASCII_BODY.getBytes(StandardCharsets.UTF_8)).hasSize(171); // content-length in the capture

        assertThat(EU_WEST_2.verify(amplifyNonAsciiRequest().body(NON_ASCII_BODY).build()))
                .isEqualTo(new Verified<>("amplify", "AKIDEXAMPLE"));
    }

    @Test
    void nonAsciiBodyReencodedAsLatin1IsRejected() {
        SignedRequest latin1 =
                amplifyNonAsciiRequest().body(NON_ASCII_BODY.getBytes(StandardCharsets.ISO_8859_1)).build();

        assertRejected(EU_WEST_2.verify(latin1), SIGNATURE_MISMATCH);
    }

    @Test
    void nonAsciiBodySignedBySdkVerifies() {
        SignedRequest request = new SdkSigner(SIGNED_AT).sign(NON_ASCII_BODY).build();

        assertThat(verifier.verify(request)).isEqualTo(new Verified<>("function:AKIDFUNCTION", "AKIDFUNCTION"));
    }

    @Test
    void signedCustomHeadersVerify() {
        SignedRequest request = new SdkSigner(SIGNED_AT)
                .header("x-custom-tenant", "  acme   corp ")
                .header("X-Request-Trace", "a\tb")
                .sign("{\"query\":\"{ listTodos { items { id } } }\",\"variables\":{}}")
                .build();

        assertThat(verifier.verify(request)).isInstanceOf(Verified.class);
    }

    @Test
    void tamperedCustomSignedHeaderIsRejected() {
        SignedRequest.Builder request = new SdkSigner(SIGNED_AT).header("x-custom-tenant", "acme")
                .sign("{}");
        SignedRequest tampered = request.header("x-custom-tenant", "evil").build();

        assertRejected(verifier.verify(tampered), SIGNATURE_MISMATCH);
    }

    @Test
    void querySignedBySdkVerifies() {
        SignedRequest request = new SdkSigner(SIGNED_AT)
                .endpoint("http://localhost:8080/graphql?z=1&a=two%20words&a=b%2Bc&empty=")
                .sign("")
                .build();

        assertThat(verifier.verify(request)).isInstanceOf(Verified.class);
    }

    @Test
    void percentEncodedPathSignedBySdkVerifies() {
        SignedRequest request = new SdkSigner(SIGNED_AT).endpoint("http://[::1]:443/my%20api/graph%C3%A9ql")
                .sign("{}").build();

        assertThat(verifier.verify(request)).isInstanceOf(Verified.class);
    }

    @Test
    void signedContentSha256MatchingTheBodyVerifies() {
        String body = "{\"query\":\"{ getTodo(id: \\\"1\\\") { id } }\"}";
        SignedRequest request = new SdkSigner(SIGNED_AT)
                .header("x-amz-content-sha256", Aws4Signature.sha256Hex(body.getBytes(StandardCharsets.UTF_8)))
                .sign(body).build();

        assertThat(verifier.verify(request)).isInstanceOf(Verified.class);
    }

    @Test
    void signedContentSha256OfAnotherBodyIsRejected() {
        SignedRequest signed = new SdkSigner(SIGNED_AT)
                .header("x-amz-content-sha256", Aws4Signature.sha256Hex("{}".getBytes(StandardCharsets.UTF_8)))
                .sign("{}").build();

        assertRejected(verifier.verify(copyWithBody(signed, "{ }".getBytes(StandardCharsets.UTF_8))),
                PAYLOAD_HASH_MISMATCH);
    }

    @Test
    void longTermKeyWithoutSessionTokenVerifies() {
        SigV4Verifier<String> longTerm = SigV4Verifier.forAppSync(
                id -> Optional.of(new Credential<>(SdkSigner.SECRET, null, SIGNED_AT.plusSeconds(60), "admin")),
                "us-east-1", Clock.fixed(SIGNED_AT, ZoneOffset.UTC));

        SignedRequest request = new SdkSigner(SIGNED_AT).withoutSessionToken().sign("{}").build();

        assertThat(longTerm.verify(request)).isEqualTo(new Verified<>("admin", "AKIDFUNCTION"));
    }

    /** Returns the first request of the {@code misc} capture, signed by aws-amplify in eu-west-2, without body. */
    private static SignedRequest.Builder amplifyNonAsciiRequest() {
        return SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .header("host", "127.0.0.1:20002")
                .header("connection", "keep-alive")
                .header("x-amz-user-agent", "aws-amplify/6.22.1 api/1 framework/100")
                .header("content-type", "application/json; charset=UTF-8")
                .header("x-amz-date", "20261125T190658Z")
                .header("x-amz-security-token", "token")
                .header("authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261125/eu-west-2/appsync/"
                        + "aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;"
                        + "x-amz-user-agent, Signature="
                        + "0b8473b295bb13a7d8a0f6cd232879e0b38ba668a455f0c84ab655d19f945d3f")
                .header("accept", "*/*")
                .header("content-length", "171");
    }

    private static SignedRequest copyWithBody(SignedRequest request, byte[] body) {
        SignedRequest.Builder copy = SignedRequest.newRequest().method(request.method()).rawPath(request.rawPath())
                .rawQuery(request.rawQuery()).body(body);
        for (String name : new String[] {"host", "x-amz-date", "x-amz-security-token", "authorization",
                "content-type", "x-amz-user-agent", "x-amz-content-sha256"}) {
            request.headers(name).forEach(value -> copy.header(name, value));
        }
        return copy.build();
    }
}
