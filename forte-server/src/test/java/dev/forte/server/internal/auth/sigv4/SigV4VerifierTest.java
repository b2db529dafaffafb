package dev.forte.server.internal.auth.sigv4;

import static dev.forte.server.internal.auth.sigv4.SigV4Failure.EXPIRED_CREDENTIALS;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.HEADER_NOT_SIGNED;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.INCOMPLETE_SIGNATURE;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.INVALID_SECURITY_TOKEN;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.MISSING_AUTHORIZATION;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.SIGNATURE_EXPIRED;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.SIGNATURE_MISMATCH;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.UNKNOWN_ACCESS_KEY;
import static dev.forte.server.internal.auth.sigv4.SigV4Failure.WRONG_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.server.internal.auth.sigv4.SigV4Result.Rejected;
import dev.forte.server.internal.auth.sigv4.SigV4Result.Verified;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Tampering, clock skew and credential problems on the captured amplify-js create-Todo request. */
class SigV4VerifierTest {
    private final CapturedVector captured = CapturedVector.httpCreate();

    @Test
    void rejectsTamperedBody() {
        String tampered = captured.body().replace("My first todo", "My first tod0");
        SignedRequest request = captured.request().body(tampered).build();

        assertRejected(captured.verifier().verify(request), SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsBodyWithTrailingNewlineAdded() {
        SignedRequest request = captured.request().body(captured.body() + "\n").build();

        assertRejected(captured.verifier().verify(request), SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsTamperedSignedHeader() {
        SignedRequest request = SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("x-amz-user-agent", "aws-amplify/6.22.2 api/1 framework/100"))
                .body(captured.body()).build();

        assertRejected(captured.verifier().verify(request), SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsRequestSentToAnotherHostOrPort() {
        SignedRequest request = SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("host", "127.0.0.1:20003")).body(captured.body()).build();

        assertRejected(captured.verifier().verify(request), SIGNATURE_MISMATCH);
    }

    @Test
    void acceptsChangedUnsignedHeaders() {
        SignedRequest request = SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("user-agent", "curl/8.0")).header("x-forwarded-for", "10.0.0.1")
                .body(captured.body()).build();

        assertThat(captured.verifier().verify(request)).isInstanceOf(Verified.class);
    }

    @Test
    void acceptsSignedHeaderValueWithExtraOuterAndInnerWhitespace() {
        SignedRequest request = SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("content-type", "  application/json;   charset=UTF-8 "))
                .body(captured.body()).build();

        assertThat(captured.verifier().verify(request)).isInstanceOf(Verified.class);
    }

    @Test
    void rejectsTamperedSignature() {
        String authorization = captured.headers().get("authorization");
        String tampered = authorization.substring(0, authorization.length() - 1)
                + (authorization.endsWith("5") ? "6" : "5");
        SignedRequest request = SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("authorization", tampered)).body(captured.body()).build();

        assertRejected(captured.verifier().verify(request), SIGNATURE_MISMATCH);
    }

    @Test
    void rejectedSignatureCarriesAwsWordingFor403() {
        SignedRequest request = captured.request().body("{}").build();

        Rejected<String> rejected = assertRejected(captured.verifier().verify(request), SIGNATURE_MISMATCH);

        assertThat(rejected.httpStatus()).isEqualTo(403);
        assertThat(rejected.errorType()).isEqualTo("InvalidSignatureException");
        assertThat(rejected.message()).isEqualTo("The request signature we calculated does not match the signature"
                + " you provided. Check your AWS Secret Access Key and signing method. Consult the service"
                + " documentation for details.");
    }

    @Test
    void rejectsRequestSignedMoreThanFiveMinutesAgo() {
        Clock later = Clock.fixed(captured.signedAt().plus(Duration.ofMinutes(5)).plusSeconds(1), ZoneOffset.UTC);

        Rejected<String> rejected = assertRejected(captured.verifier(later).verify(captured.request().build()),
                SIGNATURE_EXPIRED);

        assertThat(rejected.httpStatus()).isEqualTo(403);
        assertThat(rejected.errorType()).isEqualTo("InvalidSignatureException");
        assertThat(rejected.message()).isEqualTo("Signature expired: 20261125T190639Z is now earlier than"
                + " 20261125T190640Z (20261125T191140Z - 5 min.)");
    }

    @Test
    void rejectsRequestSignedMoreThanFiveMinutesInTheFuture() {
        Clock earlier = Clock.fixed(captured.signedAt().minus(Duration.ofMinutes(6)), ZoneOffset.UTC);

        Rejected<String> rejected = assertRejected(captured.verifier(earlier).verify(captured.request().build()),
                SIGNATURE_EXPIRED);

        assertThat(rejected.message()).isEqualTo("Signature not yet current: 20261125T190639Z is still later than"
                + " 20261125T190539Z (20261125T190039Z + 5 min.)");
    }

    @Test
    void acceptsRequestSignedExactlyFiveMinutesAgo() {
        Clock later = Clock.fixed(captured.signedAt().plus(Duration.ofMinutes(5)), ZoneOffset.UTC);

        assertThat(captured.verifier(later).verify(captured.request().build())).isInstanceOf(Verified.class);
    }

    @Test
    void rejectsScopeOfAnotherRegionNamingIt() {
        SigV4Verifier<String> euWest2 = SigV4Verifier.forAppSync(
                id -> Optional.of(credential(captured.secretAccessKey(), "token")), "eu-west-2",
                captured.clockAtSigning());

        Rejected<String> rejected = assertRejected(euWest2.verify(captured.request().build()), WRONG_SCOPE);

        assertThat(rejected.httpStatus()).isEqualTo(403);
        assertThat(rejected.message()).startsWith("Credential should be scoped to a valid region, not 'us-east-1'.")
                .contains("'eu-west-2'");
    }

    @Test
    void rejectsScopeOfAnotherService() {
        SignedRequest request = new SdkSigner(captured.signedAt()).service("execute-api").sign("{}").build();

        Rejected<String> rejected = assertRejected(sdkVerifier().verify(request), WRONG_SCOPE);

        assertThat(rejected.message()).isEqualTo("Credential should be scoped to correct service: 'appsync'.");
    }

    @Test
    void rejectsScopeDateThatIsNotTheDayOfXAmzDate() {
        SignedRequest request = SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("authorization",
                        captured.headers().get("authorization").replace("/20261125/", "/20261124/")))
                .body(captured.body()).build();

        assertRejected(captured.verifier().verify(request), WRONG_SCOPE);
    }

    @Test
    void rejectsUnknownAccessKeyWith401() {
        SigV4Verifier<String> nobody = SigV4Verifier.forAppSync(id -> Optional.empty(), "us-east-1",
                captured.clockAtSigning());

        Rejected<String> rejected = assertRejected(nobody.verify(captured.request().build()), UNKNOWN_ACCESS_KEY);

        assertThat(rejected.httpStatus()).isEqualTo(401);
        assertThat(rejected.errorType()).isEqualTo("UnauthorizedException");
    }

    @Test
    void rejectsExpiredKeyWith401() {
        Instant expired = captured.signedAt().minusSeconds(1);
        SigV4Verifier<String> verifier = SigV4Verifier.forAppSync(
                id -> Optional.of(new Credential<>(captured.secretAccessKey(), "token", expired, "fn")),
                "us-east-1", captured.clockAtSigning());

        Rejected<String> rejected = assertRejected(verifier.verify(captured.request().build()), EXPIRED_CREDENTIALS);

        assertThat(rejected.httpStatus()).isEqualTo(401);
        assertThat(rejected.errorType()).isEqualTo("UnauthorizedException");
    }

    @Test
    void rejectsKeyWhoseSecretDiffers() {
        SigV4Verifier<String> verifier = SigV4Verifier.forAppSync(
                id -> Optional.of(credential("not-the-secret", "token")), "us-east-1", captured.clockAtSigning());

        assertRejected(verifier.verify(captured.request().build()), SIGNATURE_MISMATCH);
    }

    @Test
    void rejectsWrongSessionToken() {
        SigV4Verifier<String> verifier = SigV4Verifier.forAppSync(
                id -> Optional.of(credential(captured.secretAccessKey(), "another-token")), "us-east-1",
                captured.clockAtSigning());

        Rejected<String> rejected = assertRejected(verifier.verify(captured.request().build()), INVALID_SECURITY_TOKEN);

        assertThat(rejected.httpStatus()).isEqualTo(403);
        assertThat(rejected.errorType()).isEqualTo("UnrecognizedClientException");
        assertThat(rejected.message()).isEqualTo("The security token included in the request is invalid.");
    }

    @Test
    void rejectsMissingSessionTokenWhenTheKeyHasOne() {
        SignedRequest request = new SdkSigner(captured.signedAt()).withoutSessionToken().sign("{}").build();

        assertRejected(sdkVerifier().verify(request), INVALID_SECURITY_TOKEN);
    }

    @Test
    void rejectsSessionTokenSentWithLongTermKey() {
        SigV4Verifier<String> verifier = SigV4Verifier.forAppSync(
                id -> Optional.of(credential(captured.secretAccessKey(), null)), "us-east-1",
                captured.clockAtSigning());

        assertRejected(verifier.verify(captured.request().build()), INVALID_SECURITY_TOKEN);
    }

    @Test
    void rejectsSignatureThatDoesNotSignHost() {
        SignedRequest request = withSignedHeaders("content-type;x-amz-date;x-amz-security-token;x-amz-user-agent");

        Rejected<String> rejected = assertRejected(captured.verifier().verify(request), HEADER_NOT_SIGNED);

        assertThat(rejected.httpStatus()).isEqualTo(403);
        assertThat(rejected.message()).isEqualTo(
                "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }

    @Test
    void rejectsSignatureThatDoesNotSignXAmzDate() {
        SignedRequest request = withSignedHeaders("content-type;host;x-amz-security-token;x-amz-user-agent");

        assertRejected(captured.verifier().verify(request), HEADER_NOT_SIGNED);
    }

    @Test
    void rejectsRequestWithoutAuthorizationWith401() {
        SignedRequest request = SignedRequest.newRequest().rawPath("/graphql").header("host", "h").build();

        assertThat(assertRejected(captured.verifier().verify(request), MISSING_AUTHORIZATION).httpStatus())
                .isEqualTo(401);
    }

    @Test
    void rejectsMalformedAuthorizationHeaders() {
        String good = captured.headers().get("authorization");
        for (String malformed : new String[] {
            "AWS4-HMAC-SHA256",
            good.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512"),
            good.replace("Credential=AKIDEXAMPLE/", "Credential=AKIDEXAMPLE/extra/"),
            good.replace(", Signature=", ", Sig="),
            good.replace("SignedHeaders=content-type", "SignedHeaders=Content-Type"),
            good.substring(0, good.length() - 2),
            good.replace(", SignedHeaders", ", Foo=bar, SignedHeaders"),
        }) {
            SignedRequest request = SignedRequest.newRequest().rawPath("/graphql")
                    .headers(captured.headersWith("authorization", malformed)).body(captured.body()).build();

            assertRejected(captured.verifier().verify(request), INCOMPLETE_SIGNATURE);
        }
    }

    @Test
    void acceptsAuthorizationPartsSeparatedByBareCommas() {
        SignedRequest request = SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("authorization", captured.headers().get("authorization")
                        .replace(", ", ",")))
                .body(captured.body()).build();

        assertThat(captured.verifier().verify(request)).isInstanceOf(Verified.class);
    }

    @Test
    void rejectsXAmzDateThatIsNotIsoBasicFormat() {
        SignedRequest request = SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("x-amz-date", "2026-11-25T19:06:39Z")).body(captured.body()).build();

        assertRejected(captured.verifier().verify(request), INCOMPLETE_SIGNATURE);
    }

    private SignedRequest withSignedHeaders(String signedHeaders) {
        String authorization = captured.headers().get("authorization")
                .replace("SignedHeaders=" + captured.signedHeaders(), "SignedHeaders=" + signedHeaders);
        return SignedRequest.newRequest().method("POST").rawPath("/graphql")
                .headers(captured.headersWith("authorization", authorization)).body(captured.body()).build();
    }

    private SigV4Verifier<String> sdkVerifier() {
        return SigV4Verifier.forAppSync(
                id -> Optional.of(new Credential<>(SdkSigner.SECRET, SdkSigner.SESSION_TOKEN,
                        captured.signedAt().plusSeconds(3600), "fn")),
                "us-east-1", captured.clockAtSigning());
    }

    private Credential<String> credential(String secret, @Nullable String token) {
        return new Credential<>(secret, token, captured.signedAt().plusSeconds(3600), "fn");
    }

    @SuppressWarnings("unchecked")
    static Rejected<String> assertRejected(SigV4Result<String> result, SigV4Failure failure) {
        assertThat(result).isInstanceOf(Rejected.class);
        Rejected<String> rejected = (Rejected<String>) result;
        assertThat(rejected.failure()).as(rejected.message()).isEqualTo(failure);
        return rejected;
    }
}
