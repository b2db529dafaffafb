package dev.forte.bench;

import dev.forte.client.internal.SigV4Authorizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The {@link HttpLoad} requests of the getTodo scenarios: the same document wrk sends, with a random seeded id, and
 * either the API key or a SigV4 signature made for each request by forte-client's signer (the AWS SDK's {@code
 * AwsV4HttpSigner}, as the official clients sign: service {@code appsync}, the region, the body's hash).
 */
final class GetTodoRequests {
    private GetTodoRequests() {}

    /** Requests carrying {@code x-api-key}. */
    static IntFunction<HttpLoad.RequestSource> apiKey(String key, int seeds) {
        return connection -> {
            SplittableRandom random = new SplittableRandom(connection * 7919L + System.nanoTime());
            Map<String, String> headers = Map.of("Content-Type", "application/json", "x-api-key", key);
            return () -> new HttpLoad.Request(body(random, seeds), headers);
        };
    }

    /** Requests signed one by one with the credentials of {@code iam}. */
    static IntFunction<HttpLoad.RequestSource> sigV4(IamCredentials iam, URI endpoint, int seeds) {
        return connection -> {
            SplittableRandom random = new SplittableRandom(connection * 7919L + System.nanoTime());
            SigV4Authorizer signer = new SigV4Authorizer(iam.accessKeyId(), iam.secretAccessKey(),
                    iam.sessionToken(), iam.region());
            return () -> {
                byte[] body = body(random, seeds);
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", "application/json");
                return new HttpLoad.Request(body, signer.authorize(endpoint, headers, body));
            };
        };
    }

    private static byte[] body(SplittableRandom random, int seeds) {
        return ("{\"query\":\"" + TodoOperations.GET + "\",\"variables\":{\"id\":\"seed-" + random.nextInt(seeds)
                + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
