package dev.forte.client.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs each request with the AWS SDK's SigV4 signer as AppSync's {@code AWS_IAM} mode expects: service {@code
 * appsync}, the configured region (never parsed from the host), the exact body bytes.
 */
public final class SigV4Authorizer implements RequestAuthorizer {
    static final String SERVICE = "appsync";
    // java.net.http sets these itself and refuses them from callers; it sends the same Host the signer signed.
    private static final Set<String> SET_BY_HTTP_CLIENT = Set.of("host", "content-length");

    private final AwsCredentialsIdentity identity;
    private final String region;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public SigV4Authorizer(String accessKeyId, String secretAccessKey, @Nullable String sessionToken, String region) {
        this.identity = sessionToken == null
                ? AwsCredentialsIdentity.create(accessKeyId, secretAccessKey)
                : AwsSessionCredentialsIdentity.create(accessKeyId, secretAccessKey, sessionToken);
        this.region = region;
    }

    @Override
    public Map<String, String> authorize(URI endpoint, Map<String, String> headers, byte[] body) {
        Map<String, String> authorized = new LinkedHashMap<>();
        sign(endpoint, headers, body).forEachHeader((name, values) -> {
            if (!SET_BY_HTTP_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                authorized.put(name, String.join(",", values));
            }
        });
        return authorized;
    }

    /** Signs a {@code POST} to {@code path} with the base headers amplify-js signs for realtime messages. */
    @Override
    public Map<String, String> realtimeHeader(URI endpoint, String path, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json, text/javascript");
        headers.put("content-encoding", "amz-1.0");
        headers.put("content-type", "application/json; charset=UTF-8");
        URI signedUri = URI.create(endpoint.getScheme() + "://" + RequestAuthorizer.host(endpoint) + path);
        Map<String, String> header = new LinkedHashMap<>();
        sign(signedUri, headers, body).forEachHeader((name, values) ->
                header.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return header;
    }

    private SdkHttpRequest sign(URI endpoint, Map<String, String> headers, byte[] body) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint);
        headers.forEach(request::putHeader);
        return signer.sign(r -> r
                        .identity(identity)
                        .request(request.build())
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE))
                .request();
    }

    /** Names the access key and region only: secrets never reach a log. */
    @Override
    public String toString() {
        return "SigV4Authorizer[accessKeyId=" + identity.accessKeyId() + ", region=" + region + "]";
    }
}
