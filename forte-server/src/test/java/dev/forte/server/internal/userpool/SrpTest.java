package dev.forte.server.internal.userpool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forte's server side of Cognito's SRP against {@code srp-vector.json}, which aws-amplify 6.22.1's own
 * AuthenticationHelper and getSignatureString computed once ({@code srp-vector.mjs} beside it) for fixed a, b, salt
 * and password.
 */
class SrpTest {
    private static JsonNode vector;

    @BeforeAll
    static void readVector() throws IOException {
        try (InputStream in = SrpTest.class.getResourceAsStream("/userpool/srp-vector.json")) {
            vector = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void multiplierIsTheHashOfThePaddedGroupAsTheClientComputesIt() {
        assertThat(Srp.K).isEqualTo(number("k"));
    }

    @Test
    void verifierOfThePasswordIsTheClientsGToTheX() {
        assertThat(Srp.verifier(text("poolName"), text("userId"), text("password"), number("salt")))
                .isEqualTo(number("verifier"));
    }

    @Test
    void anotherPasswordGivesAnotherVerifier() {
        assertThat(Srp.verifier(text("poolName"), text("userId"), "Correct-Horse-8", number("salt")))
                .isNotEqualTo(number("verifier"));
    }

    @Test
    void serverPublicValueIsKvPlusGToTheB() {
        assertThat(Srp.publicValue(number("verifier"), number("b"))).isEqualTo(number("B"));
    }

    @Test
    void serverDerivesThePasswordKeyTheClientDerived() {
        byte[] key = Srp.passwordKey(number("A"), number("verifier"), number("b"));

        assertThat(HexFormat.of().formatHex(key)).isEqualTo(text("passwordKey"));
    }

    @Test
    void claimSignatureMatchesTheClientsOverPoolUserSecretBlockAndTimestamp() {
        byte[] key = HexFormat.of().parseHex(text("passwordKey"));

        byte[] signature = Srp.claimSignature(key, text("poolName"), text("userId"),
                Base64.getDecoder().decode(text("secretBlock")), text("timestamp"));

        assertThat(Base64.getEncoder().encodeToString(signature)).isEqualTo(text("signature"));
    }

    @Test
    void anotherTimestampGivesAnotherSignature() {
        byte[] key = HexFormat.of().parseHex(text("passwordKey"));

        byte[] signature = Srp.claimSignature(key, text("poolName"), text("userId"),
                Base64.getDecoder().decode(text("secretBlock")), "Thu Nov 26 09:05:08 UTC 2026");

        assertThat(Base64.getEncoder().encodeToString(signature)).isNotEqualTo(text("signature"));
    }

    private static String text(String name) {
        return vector.get(name).asText();
    }

    private static BigInteger number(String name) {
        return new BigInteger(text(name), 16);
    }
}
