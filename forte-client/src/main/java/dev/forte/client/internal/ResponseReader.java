package dev.forte.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.forte.client.DataClientException;
import dev.forte.client.GraphqlError;
import dev.forte.client.GraphqlResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns an HTTP answer into a {@link GraphqlResponse}, or a refusal into a {@link DataClientException}. */
final class ResponseReader {
    private final URI endpoint;
    private final ObjectMapper json;

    ResponseReader(URI endpoint, ObjectMapper json) {
        this.endpoint = endpoint;
        this.json = json;
    }

    GraphqlResponse read(HttpResponse<byte[]> response) {
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw refused(response, body);
        }
        if (!body.isObject()) {
            throw new DataClientException("The data API at " + endpoint + " answered " + response.statusCode()
                    + " with a body that is not a GraphQL response", response.statusCode(), null, null);
        }
        JsonNode data = body.path("data");
        return GraphqlResponse.of(data.isMissingNode() ? NullNode.getInstance() : data, errors(body.path("errors")));
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? MissingNode.getInstance() : json.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private DataClientException refused(HttpResponse<byte[]> response, JsonNode body) {
        JsonNode first = body.path("errors").path(0);
        String errorType = response.headers().firstValue("x-amzn-ErrorType")
                .map(ResponseReader::withoutNamespace)
                .orElse(text(first.path("errorType")));
        String message = first.path("message").asText(body.path("message").asText(""));
        return new DataClientException("The data API at " + endpoint + " answered " + response.statusCode()
                + (errorType == null ? "" : " " + errorType) + (message.isEmpty() ? "" : ": " + message),
                response.statusCode(), errorType, null);
    }

    // AWS may append the error's namespace: "UnauthorizedException:http://internal.amazon.com/coral/...".
    private static String withoutNamespace(String errorType) {
        int colon = errorType.indexOf(":http");
        return colon < 0 ? errorType : errorType.substring(0, colon);
    }

    static List<GraphqlError> errors(JsonNode errors) {
        List<GraphqlError> values = new ArrayList<>();
        for (JsonNode error : errors) {
            values.add(new GraphqlError(error.path("message").asText(""), text(error.path("errorType")),
                    path(error.path("path"))));
        }
        return values;
    }

    private static List<Object> path(JsonNode path) {
        List<Object> segments = new ArrayList<>();
        for (JsonNode segment : path) {
            segments.add(segment.isInt() ? (Object) segment.intValue() : segment.asText());
        }
        return segments;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
