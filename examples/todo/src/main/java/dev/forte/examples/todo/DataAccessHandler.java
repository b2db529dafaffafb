package dev.forte.examples.todo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * The function of Amplify's "functions with data access" guide: creates a todo and lists them through the data
 * API, signing with the IAM credentials its grant ({@code allow.resource(dataAccess)}) gave it. Run it with
 * {@code ./forte function invoke data-access} while {@code ./forte sandbox} runs.
 */
public final class DataAccessHandler implements RequestHandler<Map<String, Object>, Object> {
    private static final ObjectMapper JSON = new ObjectMapper();
    // java.net.http sets these itself and refuses them from callers; it sends the same values the signer signed.
    private static final Set<String> SET_BY_HTTP_CLIENT = Set.of("host", "content-length");

    private final HttpClient http = HttpClient.newHttpClient();
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    @Override
    public Object handleRequest(Map<String, Object> event, Context context) {
        JsonNode created = graphql("mutation Create($input: CreateTodoInput!) { createTodo(input: $input) { id name } }",
                Map.of("input", Map.of("name", "My first todo")));
        JsonNode listed = graphql("query { listTodos { items { id name isDone } } }", Map.of());
        return JSON.convertValue(Map.of("created", created, "listed", listed), Object.class);
    }

    private JsonNode graphql(String query, Map<String, Object> variables) {
        try {
            byte[] body = JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
            URI endpoint = URI.create(System.getenv("amplifyData_GRAPHQL_ENDPOINT"));
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            sign(endpoint, body).forEachHeader((name, values) -> {
                if (!SET_BY_HTTP_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                    request.header(name, String.join(",", values));
                }
            });
            return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling the data API", e);
        }
    }

    private SdkHttpRequest sign(URI endpoint, byte[] body) {
        var credentials = AwsSessionCredentialsIdentity.create(System.getenv("AWS_ACCESS_KEY_ID"),
                System.getenv("AWS_SECRET_ACCESS_KEY"), System.getenv("AWS_SESSION_TOKEN"));
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .putHeader("Content-Type", "application/json").build();
        return signer.sign(r -> r
                        .identity(credentials)
                        .request(request)
                        .payload(ContentStreamProvider.fromByteArray(body))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, System.getenv("AWS_REGION"))
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "appsync"))
                .request();
    }
}
