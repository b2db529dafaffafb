package dev.forte.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import dev.forte.server.ForteServer;
import dev.forte.server.FunctionCredentials;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;

/** The realtime tests' backend and the auth header objects amplify-js builds for it (PROTOCOL §4.3, §4.5). */
final class RealtimeFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ON_CREATE = "subscription OnCreateTodo($filter: ModelSubscriptionTodoFilterInput) {\n"
            + "  onCreateTodo(filter: $filter) {\n    id\n    name\n    priority\n  }\n}\n";
    static final String CREATE = "mutation CreateTodo($input: CreateTodoInput!) {\n"
            + "  createTodo(input: $input) {\n    id\n    name\n    priority\n  }\n}\n";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RealtimeFixture() {}

    /** {@code Todo {name, description, priority: LOW|MEDIUM|HIGH}} open to the API key (and to granted functions). */
    static Backend todoBackend() {
        var schema = a.schema(model("Todo", a.model(
                        field("name", a.string().required()),
                        field("description", a.string()),
                        field("priority", a.enumOf("LOW", "MEDIUM", "HIGH")))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineData(DataProps.builder(schema)
                .authorizationModes(dev.forte.backend.AuthorizationMode.API_KEY, 30).build()));
    }

    static String host(ForteServer server) {
        URI endpoint = server.graphqlEndpoint();
        return endpoint.getHost() + ":" + endpoint.getPort();
    }

    static Map<String, String> apiKeyHeader(ForteServer server, String apiKey) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("host", host(server));
        header.put("x-amz-date", AMZ_DATE.format(Instant.now()));
        header.put("x-api-key", apiKey);
        return header;
    }

    /** Returns the {@code header-<base64url>} subprotocol of a header object. */
    static String headerSubprotocol(Map<String, String> header) {
        return "header-" + Base64.getUrlEncoder().withoutPadding().encodeToString(json(header));
    }

    /** Returns the query of the older handshake form, standard base64 sent without URL encoding. */
    static String headerQuery(Map<String, String> header) {
        return "header=" + Base64.getEncoder().encodeToString(json(header)) + "&payload=e30=";
    }

    /** Returns the IAM header object signed over {@code <path>/connect} with body {@code {}}. */
    static Map<String, String> iamConnectHeader(ForteServer server, FunctionCredentials credentials, String region) {
        return iamHeader(server, credentials, region, "/connect", "{}");
    }

    /** Returns the IAM {@code extensions.authorization} of a start, signed over the path with {@code data}. */
    static Map<String, String> iamStartHeader(ForteServer server, FunctionCredentials credentials, String region,
            String data) {
        return iamHeader(server, credentials, region, "", data);
    }

    private static Map<String, String> iamHeader(ForteServer server, FunctionCredentials credentials, String region,
            String suffix, String body) {
        URI uri = URI.create(server.graphqlEndpoint() + suffix);
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("accept", "application/json, text/javascript")
                .putHeader("content-encoding", "amz-1.0")
                .putHeader("content-type", "application/json; charset=UTF-8")
                .build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                        .identity(AwsSessionCredentialsIdentity.create(credentials.accessKeyId(),
                                credentials.secretAccessKey(), credentials.sessionToken()))
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(body.getBytes(StandardCharsets.UTF_8)))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "appsync"))
                .request();
        Map<String, String> header = new LinkedHashMap<>();
        signed.forEachHeader((name, values) -> header.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
        return header;
    }

    /**
     * Returns a socket whose handshake and {@code start} carry {@code token} raw in {@code Authorization} (a user-pool
     * or OIDC token), subscribed with {@code subscription} as {@code s1} once the server acknowledged it.
     */
    static RealtimeTestClient subscribedWithToken(ForteServer server, String token, String subscription)
            throws InterruptedException {
        Map<String, String> header = Map.of("Authorization", token, "host", host(server));
        RealtimeTestClient socket = RealtimeTestClient.connect(java.util.Objects.requireNonNull(server.caCertificate()),
                server.realtimeEndpoint(), "graphql-ws", headerSubprotocol(header)).initialized();
        socket.send(start("s1", data(subscription, Map.of()), header));
        JsonNode ack = socket.nextOfType("start_ack");
        if (!"s1".equals(ack.path("id").asText())) {
            throw new AssertionError("Expected start_ack of s1, got " + ack);
        }
        return socket;
    }

    /** Returns a start message as amplify-js sends it: {@code payload.data} a JSON string. */
    static Map<String, Object> start(String id, String data, Map<String, String> authorization) {
        return Map.of("id", id, "type", "start",
                "payload", Map.of("data", data, "extensions", Map.of("authorization", authorization)));
    }

    static String data(String query, Map<String, ?> variables) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("query", query);
        data.put("variables", variables);
        return new String(json(data), StandardCharsets.UTF_8);
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
