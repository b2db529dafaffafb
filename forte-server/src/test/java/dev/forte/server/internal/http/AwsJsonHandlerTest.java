package dev.forte.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.server.internal.cognito.CognitoException;
import dev.forte.server.internal.cognito.CognitoService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AWS JSON 1.1 protocol both Cognito services share, over a real Jetty server and a scripted service. */
class AwsJsonHandlerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static Server server;
    private static URI endpoint;

    /** Echoes {@code Echo}, refuses {@code Refuse} as Cognito would and fails unexpectedly on {@code Break}. */
    private static final class ScriptedService implements CognitoService {
        @Override
        public String targetPrefix() {
            return "TestService.";
        }

        @Override
        public String name() {
            return "test service";
        }

        @Override
        public Set<String> operations() {
            return Set.of("Echo", "Refuse", "Break");
        }

        @Override
        public ObjectNode call(String operation, ObjectNode input) {
            CALLS.incrementAndGet();
            return switch (operation) {
                case "Refuse" -> throw new CognitoException("UsernameExistsException", "User already exists");
                case "Break" -> throw new IllegalStateException("connection pool password is hunter2");
                default -> input;
            };
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new AwsJsonHandler("/test/", new ScriptedService(), JSON));
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/test/");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void answersAnOperationWithItsJson() throws Exception {
        HttpResponse<String> response = post("TestService.Echo", "{\"Username\":\"alice\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-amz-json-1.1");
        assertThat(JSON.readTree(response.body()).path("Username").asText()).isEqualTo("alice");
    }

    @Test
    void aRefusalIsHttp400WithTheErrorTypeHeaderAndBody() throws Exception {
        assertError(post("TestService.Refuse", "{}"), 400, "UsernameExistsException", "User already exists");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatRevealsNothing() throws Exception {
        HttpResponse<String> response = post("TestService.Break", "{}");

        assertError(response, 500, "InternalErrorException",
                "An internal failure occurred; the server log has the details.");
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void anUnknownOperationNamesTheTargetAndTheSupportedOnes() throws Exception {
        assertError(post("OtherService.Echo", "{}"), 400, "UnknownOperationException",
                "Forte's test service does not support the operation OtherService.Echo; it supports Break, Echo,"
                        + " Refuse.");
    }

    @Test
    void aRequestOtherThanPostIsAnUnknownOperation() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint).GET()
                .header("X-Amz-Target", "TestService.Echo").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("UnknownOperationException");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsASerializationErrorAndReachesNoOperation() throws Exception {
        int before = CALLS.get();

        assertError(post("TestService.Echo", "[1]"), 400, "SerializationException",
                "The request body must be a JSON object.");
        assertThat(post("TestService.Echo", "{not json").headers().firstValue("x-amzn-ErrorType"))
                .contains("SerializationException");
        assertThat(CALLS.get()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndReachesNoOperation() throws Exception {
        int before = CALLS.get();
        String big = "{\"Pad\":\"" + "x".repeat(AwsJsonHandler.MAX_BODY_BYTES) + "\"}";

        HttpResponse<String> response = post("TestService.Echo", big);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains("InvalidParameterException");
        assertThat(CALLS.get()).isEqualTo(before);
    }

    @Test
    void servesThePathWithoutItsTrailingSlashAndNoOtherPath() throws Exception {
        HttpResponse<String> bare = HTTP.send(request(endpoint.resolve("/test"), "TestService.Echo", "{}"),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> other = HTTP.send(request(endpoint.resolve("/testing/"), "TestService.Echo", "{}"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(other.statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> post(String target, String body) throws Exception {
        return HTTP.send(request(endpoint, target, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(URI uri, String target, String body) {
        return HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-amz-json-1.1").header("X-Amz-Target", target).build();
    }

    private static void assertError(HttpResponse<String> response, int status, String type, String message)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).contains(type);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("__type").asText()).isEqualTo(type);
        assertThat(body.path("message").asText()).isEqualTo(message);
    }
}
