package dev.forte.server.internal.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forte.server.internal.auth.sigv4.SigV4Result.Verified;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every request aws-amplify signed in the captures verifies, and we rebuild its canonical request byte for byte. */
class CapturedVectorsTest {

    static List<CapturedVector> vectors() {
        return CapturedVector.all();
    }

    @Test
    void allFourCapturedVectorsAreLoaded() {
        assertThat(vectors()).hasSize(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void capturedRequestVerifies(CapturedVector vector) {
        SigV4Result<String> result = vector.verifier().verify(vector.request().build());

        assertThat(result).isEqualTo(new Verified<>(CapturedVector.PRINCIPAL, CapturedVector.ACCESS_KEY_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void canonicalRequestIsTheOneTheClientSigned(CapturedVector vector) {
        SignedRequest request = vector.request().build();
        String payloadHash = Aws4Signature.sha256Hex(request.body());

        String canonical = CanonicalRequest.of(request, List.of(vector.signedHeaders().split(";")), payloadHash);

        assertThat(canonical).isEqualTo(vector.canonicalRequest());
    }

    @Test
    void realtimeConnectVerifiesOverConnectPathWithEmptyObjectBody() {
        CapturedVector connect = vectors().get(2);

        SigV4Result<String> result = connect.verifier().verifyConnect("/graphql", connect.headers());

        assertThat(result).isInstanceOf(Verified.class);
    }

    @Test
    void realtimeStartVerifiesOverGraphqlPathWithPayloadDataBody() {
        CapturedVector start = vectors().get(3);

        SigV4Result<String> result = start.verifier().verifyStart("/graphql", start.headers(), start.body());

        assertThat(result).isInstanceOf(Verified.class);
    }

    @Test
    void connectSignatureDoesNotVerifyAsAStart() {
        CapturedVector connect = vectors().get(2);

        SigV4Result<String> result = connect.verifier().verifyStart("/graphql", connect.headers(), "{}");

        assertThat(result).isInstanceOfSatisfying(SigV4Result.Rejected.class,
                rejected -> assertThat(rejected.failure()).isEqualTo(SigV4Failure.SIGNATURE_MISMATCH));
    }
}
