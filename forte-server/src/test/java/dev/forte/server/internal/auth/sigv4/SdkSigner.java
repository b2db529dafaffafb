package dev.forte.server.internal.auth.sigv4;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs test requests with the AWS SDK's own {@link AwsV4HttpSigner}, so the verifier is checked against an
 * independent implementation (the one a Java function uses) rather than against itself.
 */
final class SdkSigner {
    static final String ACCESS_KEY_ID = "AKIDFUNCTION";
    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    static final String SESSION_TOKEN = "session-token/with+odd=chars";
    static final String ENDPOINT = "http://127.0.0.1:20002/graphql";

    private final Instant signingTime;
    private String region = "us-east-1";
    private String service = "appsync";
    private String endpoint = ENDPOINT;
    private String secret = SECRET;
    private @Nullable String sessionToken = SESSION_TOKEN;
    private final Map<String, String> headers = new LinkedHashMap<>();

    SdkSigner(Instant signingTime) {
        this.signingTime = signingTime;
        headers.put("content-type", "application/json; charset=UTF-8");
        headers.put("x-amz-user-agent", "aws-amplify/6.22.1 api/1 framework/100");
    }

    SdkSigner region(String region) {
        this.region = region;
        return this;
    }

    SdkSigner service(String service) {
        this.service = service;
        return this;
    }

    SdkSigner endpoint(String endpoint) {
        this.endpoint = endpoint;
        return this;
    }

    SdkSigner secret(String secret) {
        this.secret = secret;
        return this;
    }

    SdkSigner withoutSessionToken() {
        this.sessionToken = null;
        return this;
    }

    SdkSigner header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Returns the request as the server receives it once the SDK has signed a POST of {@code body}. */
    SignedRequest.Builder sign(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(endpoint);
        SdkHttpRequest.Builder http = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri);
        headers.forEach(http::putHeader);
        AwsCredentialsIdentity identity = sessionToken == null
                ? AwsCredentialsIdentity.create(ACCESS_KEY_ID, secret)
                : AwsSessionCredentialsIdentity.create(ACCESS_KEY_ID, secret, sessionToken);
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                        .identity(identity)
                        .request(http.build())
                        .payload(ContentStreamProvider.fromByteArray(bytes))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC)))
                .request();
        SignedRequest.Builder received = SignedRequest.newRequest()
                .method("POST")
                .rawPath(uri.getRawPath())
                .rawQuery(uri.getRawQuery() == null ? "" : uri.getRawQuery())
                .body(bytes);
        signed.forEachHeader((name, values) -> values.forEach(value -> received.header(name, value)));
        return received;
    }
}
