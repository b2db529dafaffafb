package dev.forte.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.forte.client.internal.ModelIntrospection;
import dev.forte.client.internal.ModelShape;
import dev.forte.client.internal.RecordCheck;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models of a data API, by type name: {@code client.models().get("Todo")} with items as maps, {@code
 * client.models().get("Todo", Todo.class)} with items as a record of yours.
 */
public final class Models {
    private final DataClient client;
    private final ObjectMapper json;
    private final Map<String, ModelClient> byName = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> types = new ConcurrentHashMap<>();

    Models(DataClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /**
     * Returns the client of model {@code name}, learning its fields and operations from the server's schema on the
     * first call for that name.
     *
     * @throws DataClientException when the API has no such model or cannot be asked
     */
    public ModelClient get(String name) {
        return byName.computeIfAbsent(name, this::introspect);
    }

    /**
     * Returns the client of model {@code name} with items of {@code type}, checked against the model's fields.
     *
     * @throws DataClientException when the API has no such model, or a record component names no scalar or enum
     *     field of it or has a type its values do not fit
     */
    public <T> TypedModelClient<T> get(String name, Class<T> type) {
        ModelClient model = get(name);
        RecordCheck.problem(type, model.shape()).ifPresent(problem -> {
            throw new DataClientException(problem);
        });
        return new TypedModelClient<>(model, type, json);
    }

    private ModelClient introspect(String name) {
        ModelShape shape = ModelIntrospection.shape(name, type(name), cachedType("Query"), cachedType("Mutation"),
                        cachedType("Subscription"))
                .orElseThrow(() -> new DataClientException("The API at " + client.endpoint() + " has no model `"
                        + name + "`: model names are type names, case-sensitive, e.g. `Todo`."));
        Map<String, String> selections = ModelIntrospection.customTypeSelections(shape, cachedType("Query"),
                this::cachedType);
        return new ModelClient(client, shape.withSelections(selections), json);
    }

    private JsonNode cachedType(String name) {
        return types.computeIfAbsent(name, this::type);
    }

    private JsonNode type(String name) {
        GraphqlResponse response = client.graphql(ModelIntrospection.DOCUMENT, Map.of("name", name));
        if (response.hasErrors()) {
            throw new DataClientException("Could not read type `" + name + "` from the schema of "
                    + client.endpoint() + ": " + response.errors().get(0).message());
        }
        return response.data().path("__type");
    }
}
