package dev.forte.server.internal.auth.sigv4;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request aws-amplify 6.22.1 signed on the wire, from {@code sigv4/sigv4-vectors.json} (a copy of
 * {@code reference/captures/sigv4-vectors.json}): access key {@code AKIDEXAMPLE}, session token {@code token}.
 */
record CapturedVector(
        String kind,
        String secretAccessKey,
        String method,
        String path,
        LinkedHashMap<String, String> headers,
        String body,
        String scope,
        String signedHeaders,
        String canonicalRequest,
        String signature) {

    static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    static final String SESSION_TOKEN = "token";
    static final String PRINCIPAL = "captured-amplify-client";

    static List<CapturedVector> all() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = CapturedVector.class.getResourceAsStream("/sigv4/sigv4-vectors.json")) {
            return json.readValue(in, new TypeReference<List<CapturedVector>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the captured create-Todo mutation over HTTP. */
    static CapturedVector httpCreate() {
        return all().get(0);
    }

    String region() {
        return scope.split("/")[1];
    }

    Instant signedAt() {
        String amzDate = headers.get("x-amz-date");
        DateTimeFormatter basicIso = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
        return LocalDateTime.parse(amzDate, basicIso).toInstant(ZoneOffset.UTC);
    }

    Clock clockAtSigning() {
        return Clock.fixed(signedAt(), ZoneOffset.UTC);
    }

    /** Returns the request as received, ready to tamper with before {@code build()}. */
    SignedRequest.Builder request() {
        return SignedRequest.newRequest().method(method).rawPath(path).headers(headers).body(body);
    }

    /** Returns a verifier that knows this vector's key, valid for an hour after signing, at {@code clock}. */
    SigV4Verifier<String> verifier(Clock clock) {
        Credential<String> credential =
                new Credential<>(secretAccessKey, SESSION_TOKEN, signedAt().plusSeconds(3600), PRINCIPAL);
        return SigV4Verifier.forAppSync(
                id -> id.equals(ACCESS_KEY_ID) ? Optional.of(credential) : Optional.empty(), region(), clock);
    }

    SigV4Verifier<String> verifier() {
        return verifier(clockAtSigning());
    }

    Map<String, String> headersWith(String name, String value) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    @Override
    public String toString() {
        return kind;
    }
}
