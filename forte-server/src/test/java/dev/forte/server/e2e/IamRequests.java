package dev.forte.server.e2e;

import dev.forte.server.FunctionCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/** Requests signed with a function's issued credentials by the AWS SDK's own SigV4 signer, as a Java function signs. */
final class IamRequests {
    private IamRequests() {}

    static SdkHttpRequest signed(URI endpoint, FunctionCredentials credentials, byte[] body, String region) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .putHeader("content-type", "application/json; charset=UTF-8").build();
        return AwsV4HttpSigner.create().sign(r -> r
                        .identity(AwsSessionCredentialsIdentity.create(credentials.accessKeyId(),
                                credentials.secretAccessKey(), credentials.sessionToken()))
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "appsync"))
                .request();
    }

    static HttpResponse<String> send(HttpClient http, SdkHttpRequest signed, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(signed.getUri())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        // java.net.http sets Host itself, to the same host:port the SDK signed.
        signed.forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
