package dev.forte.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one GraphQL request: the {@code data} tree and AppSync's {@code errors}, both of which may be
 * present at once (partial data).
 */
public final class GraphqlResponse {
    private static final ObjectMapper READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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

    /**
     * Returns the {@code data} object read into {@code type}, e.g. a generated {@code CreateTodoResult}: fields are
     * matched by name, fields the type does not have (such as {@code __typename}) are skipped; {@code null} when the
     * response had no data.
     *
     * @throws IllegalArgumentException when the data does not fit {@code type}
     */
    public <T> @Nullable T data(Class<T> type) {
        return READER.convertValue(data, type);
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
