package dev.forte.server.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forte.schema.ResourceOperation;
import dev.forte.server.internal.auth.sigv4.Credential;
import dev.forte.server.internal.auth.sigv4.SigV4Verifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

class IamAuthenticatorTest {
    private static final Instant NOW = Instant.parse("2026-11-25T19:06:39Z");
    private static final String KEY_ID = "ASIAFUNCTIONKEY23456";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String TOKEN = "Forte/token";
    private static final FunctionPrincipal DATA_ACCESS =
            new FunctionPrincipal("data-access", Set.of(ResourceOperation.QUERY, ResourceOperation.MUTATE));
    private static final String BODY = "{\"query\":\"{ listTodos { items { id } } }\"}";

    private final Map<String, Credential<FunctionPrincipal>> issued = Map.of(KEY_ID,
            new Credential<>(SECRET, TOKEN, NOW.plus(Duration.ofHours(12)), DATA_ACCESS));

    @Test
    void aGoodSignatureIsTheFunctionsIdentity() {
        RequestIdentity identity = authenticatorAt(NOW).authenticate(signedAt(NOW, KEY_ID, BODY, BODY));

        assertThat(identity.mode()).isEqualTo(AuthMode.AWS_IAM);
        assertThat(identity.function()).isEqualTo(DATA_ACCESS);
    }

    @Test
    void aTamperedBodyIsForbiddenAsAnInvalidSignature() {
        assertRefused(authenticatorAt(NOW), signedAt(NOW, KEY_ID, BODY, BODY.replace("id", "name")), 403,
                "InvalidSignatureException");
    }

    @Test
    void anUnknownAccessKeyIsUnauthorized() {
        assertRefused(authenticatorAt(NOW), signedAt(NOW, "ASIAUNKNOWNKEY234567", BODY, BODY), 401,
                "UnauthorizedException");
    }

    @Test
    void expiredCredentialsAreUnauthorized() {
        Instant later = NOW.plus(Duration.ofHours(13));

        assertRefused(authenticatorAt(later), signedAt(later, KEY_ID, BODY, BODY), 401, "UnauthorizedException");
    }

    @Test
    void rejectsRequestSignedMoreThanFiveMinutesAgo() {
        AuthRequest stale = signedAt(NOW.minus(Duration.ofMinutes(6)), KEY_ID, BODY, BODY);

        assertRefused(authenticatorAt(NOW), stale, 403, "InvalidSignatureException");
    }

    @Test
    void theRequestAuthenticatorHandsSigV4ToIamWhenEnabled() {
        RequestAuthenticator modes = new RequestAuthenticator(Set.of(AuthMode.API_KEY, AuthMode.AWS_IAM),
                Map.of(AuthMode.AWS_IAM, authenticatorAt(NOW)));

        assertThat(modes.authenticate(signedAt(NOW, KEY_ID, BODY, BODY)).function()).isEqualTo(DATA_ACCESS);
    }

    private IamAuthenticator authenticatorAt(Instant now) {
        return new IamAuthenticator(SigV4Verifier.forAppSync(
                accessKeyId -> Optional.ofNullable(issued.get(accessKeyId)), "us-east-1",
                Clock.fixed(now, ZoneOffset.UTC)));
    }

    private static void assertRefused(IamAuthenticator authenticator, AuthRequest request, int status,
            String errorType) {
        assertThatThrownBy(() -> authenticator.authenticate(request))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.errorType()).isEqualTo(errorType);
                });
    }

    /** Returns what the server receives when the SDK signs {@code signedBody} at {@code time} and sends {@code sentBody}. */
    private static AuthRequest signedAt(Instant time, String accessKeyId, String signedBody, String sentBody) {
        URI uri = URI.create("http://127.0.0.1:20002/graphql");
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("content-type", "application/json; charset=UTF-8").build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                        .identity(AwsSessionCredentialsIdentity.create(accessKeyId, SECRET, TOKEN))
                        .request(request)
                        .payload(ContentStreamProvider.fromUtf8String(signedBody))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "appsync")
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(time, ZoneOffset.UTC)))
                .request();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        signed.forEachHeader((name, values) -> headers.put(name, new ArrayList<>(values)));
        return new AuthRequest("POST", "/graphql", "/graphql", "", name -> headers.getOrDefault(name, List.of()),
                sentBody.getBytes(StandardCharsets.UTF_8));
    }
}
