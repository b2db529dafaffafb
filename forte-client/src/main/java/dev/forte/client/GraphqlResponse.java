package dev.forte.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;

/**
 * The answer to one GraphQL request: the {@code data} tree and AppSync's {@code errors}, both of which may be
 * present at once (partial data).
 */
public final class GraphqlResponse {
    private final JsonNode data;
    private final List<GraphqlError> errors;

    private GraphqlResponse(JsonNode data, List<GraphqlError> errors) {
        this.data = data.deepCopy();
        this.errors = List.copyOf(errors);
    }

    /** Returns a response of {@code data} ({@code null} as {@link NullNode}) and {@code errors}. */
    public static GraphqlResponse of(JsonNode data, List<GraphqlError> errors) {
        return new GraphqlResponse(data, errors);
    }

    /**
     * Returns a copy of the {@code data} object, e.g. {@code data().path("listTodos").path("items")}; a {@link
     * NullNode} when the response had no data.
     */
    public JsonNode data() {
        return data.deepCopy();
    }

    /** Returns the errors in the order the API listed them; empty on success. */
    public List<GraphqlError> errors() {
        return errors;
    }

    /** Returns whether the API reported any error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    @Override
    public String toString() {
        return "GraphqlResponse{data=" + data + ", errors=" + errors + "}";
    }
}
