package dev.forte.server.internal.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes and checks {@code nextToken}s: the position after a page's last item plus the query's fingerprint,
 * HMAC-SHA256-signed with the database's secret. A client can neither forge a position nor reuse a token on
 * another query; every API node on the same database accepts the tokens of every other.
 */
final class NextTokenCodec {
    private static final String ALGORITHM = "HmacSHA256";
    private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {};
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    NextTokenCodec(byte[] secret) {
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** Returns a fingerprint of everything that decides a query's order and rows, except its page size. */
    static String fingerprint(ListQuery query) {
        Object[] parts = {query.model(), query.index(), query.partitionKey(), query.sortKeyCondition(),
                query.filter(), query.descending()};
        return SqlNames.sha256Hex(Json.write(Arrays.asList(parts))).substring(0, 32);
    }

    String encode(String fingerprint, Map<String, Object> position) {
        byte[] payload = Json.write(Map.of("q", fingerprint, "p", position)).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /**
     * Returns the position {@code token} holds.
     *
     * @throws InvalidNextTokenException when the token was altered, not made here, or made for another query
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> decode(String token, String fingerprint) {
        Map<String, Object> payload = verifiedPayload(token);
        if (!fingerprint.equals(payload.get("q"))) {
            throw new InvalidNextTokenException("The nextToken belongs to another query. Pass it with the same"
                    + " model, index, key arguments, filter and sortDirection as the request that returned it, or"
                    + " omit it to start from the first page.");
        }
        if (!(payload.get("p") instanceof Map<?, ?> position)) {
            throw invalid();
        }
        return (Map<String, Object>) position;
    }

    private Map<String, Object> verifiedPayload(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            throw invalid();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                throw invalid();
            }
            return Json.MAPPER.readValue(payload, PAYLOAD);
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }

    private static InvalidNextTokenException invalid() {
        return new InvalidNextTokenException("The nextToken is invalid: it was altered or was not issued by this"
                + " backend. Pass the nextToken of the previous page unchanged, or omit it to start from the first page.");
    }
}
