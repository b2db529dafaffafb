package dev.forte.bench;

import dev.forte.client.internal.SigV4Authorizer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * Requests signed with SigV4 before the run, {@code perConnection} for each connection, then sent in turn: the
     * server verifies each as it would a request signed the moment it was sent (SigV4 has no nonce; a signature is
     * good for five minutes), and the load generator spends no time signing, so the ratio to {@link #apiKey} is what
     * verification costs the server.
     */
    static IntFunction<HttpLoad.RequestSource> sigV4SignedBefore(IamCredentials iam, URI endpoint, int seeds,
            int connections, int perConnection) {
        IntFunction<HttpLoad.RequestSource> signing = sigV4(iam, endpoint, seeds);
        List<List<HttpLoad.Request>> signed = new ArrayList<>();
        for (int connection = 0; connection < connections; connection++) {
            HttpLoad.RequestSource source = signing.apply(connection);
            List<HttpLoad.Request> requests = new ArrayList<>(perConnection);
            for (int i = 0; i < perConnection; i++) {
                requests.add(source.next());
            }
            signed.add(List.copyOf(requests));
        }
        return connection -> {
            List<HttpLoad.Request> requests = signed.get(connection % signed.size());
            int[] next = {0};
            return () -> requests.get(next[0]++ % requests.size());
        };
    }

    private static byte[] body(SplittableRandom random, int seeds) {
        return ("{\"query\":\"" + TodoOperations.GET + "\",\"variables\":{\"id\":\"seed-" + random.nextInt(seeds)
                + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
