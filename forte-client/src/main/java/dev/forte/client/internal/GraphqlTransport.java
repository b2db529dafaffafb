package dev.forte.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.forte.client.DataClientException;
import dev.forte.client.GraphqlResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** POSTs {@code {"query","variables"}} to the endpoint, authorized, and reads the answer (PROTOCOL §1). */
public final class GraphqlTransport {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final RequestAuthorizer authorizer;
    private final HttpClient http;
    private final ObjectMapper json;
    private final ResponseReader reader;

    public GraphqlTransport(URI endpoint, RequestAuthorizer authorizer, ObjectMapper json) {
        this(endpoint, authorizer, json, newHttpClient(null));
    }

    public GraphqlTransport(URI endpoint, RequestAuthorizer authorizer, ObjectMapper json, HttpClient http) {
        this.endpoint = endpoint;
        this.authorizer = authorizer;
        this.json = json;
        this.reader = new ResponseReader(endpoint, json);
        this.http = http;
    }

    /** Returns the HTTP client both GraphQL requests and realtime sockets use, trusting {@code tls} when given. */
    public static HttpClient newHttpClient(javax.net.ssl.@org.jspecify.annotations.Nullable SSLContext tls) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT);
        if (tls != null) {
            builder.sslContext(tls);
        }
        return builder.build();
    }

    public RequestAuthorizer authorizer() {
        return authorizer;
    }

    public HttpClient http() {
        return http;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Returns the API's answer to {@code document}; throws {@link DataClientException} when there is none. */
    public GraphqlResponse execute(String document, Map<String, ?> variables) {
        byte[] body = body(document, variables);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json; charset=UTF-8");
        headers.put("accept", "application/json");
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        authorizer.authorize(endpoint, headers, body).forEach(request::header);
        return reader.read(send(request.build()));
    }

    private byte[] body(String document, Map<String, ?> variables) {
        ObjectNode body = json.createObjectNode();
        body.put("query", document);
        body.set("variables", json.valueToTree(variables));
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new DataClientException("Variables could not be written as JSON: " + e.getOriginalMessage());
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(e);
        }
    }

    private DataClientException unreachable(Exception cause) {
        return new DataClientException("Could not reach the data API at " + endpoint + ": " + cause, -1, null, cause);
    }
}
