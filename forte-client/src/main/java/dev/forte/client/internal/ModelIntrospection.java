package dev.forte.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.client.internal.ModelShape.FieldShape;
import dev.forte.client.internal.ModelShape.RootField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Learns a {@link ModelShape} from the server's schema with one introspection query, so the client needs no
 * generated code and never re-implements Amplify's pluralization: the list field is whichever {@code Query} field
 * returns {@code Model<Name>Connection} without required arguments.
 */
public final class ModelIntrospection {
    /**
     * The introspection document of one type's fields, its one variable {@code name}; asked of the model, {@code
     * Query} and {@code Mutation} separately, since servers refuse a query that lists fields more than once.
     */
    public static final String DOCUMENT = "query ($name: String!) { __type(name: $name) {"
            + " fields { name args { name type { ...TypeRef } } type { ...TypeRef } } } }"
            + " fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

    private ModelIntrospection() {}

    /**
     * Returns the shape of model {@code name} from the {@code __type} answers of {@link #DOCUMENT} for the model,
     * {@code Query} and {@code Mutation}; empty when the API has no such type.
     */
    public static Optional<ModelShape> shape(String name, JsonNode model, JsonNode query, JsonNode mutation) {
        return shape(name, model, query, mutation, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    /**
     * Returns the shape of model {@code name} as {@link #shape(String, JsonNode, JsonNode, JsonNode)} does, with
     * its subscriptions ({@code onCreate}, {@code onUpdate}, {@code onDelete}) from the {@code Subscription} type.
     */
    public static Optional<ModelShape> shape(String name, JsonNode model, JsonNode query, JsonNode mutation,
            JsonNode subscription) {
        if (!model.isObject() || !model.path("fields").isArray()) {
            return Optional.empty();
        }
        Map<String, RootField> operations = new LinkedHashMap<>();
        JsonNode mutations = mutation.path("fields");
        JsonNode queries = query.path("fields");
        for (String role : List.of("create", "update", "delete")) {
            rootField(mutations, role + name).ifPresent(field -> operations.put(role, field));
        }
        rootField(queries, "get" + name).ifPresent(field -> operations.put("get", field));
        for (String role : List.of("onCreate", "onUpdate", "onDelete")) {
            rootField(subscription.path("fields"), role + name).ifPresent(field -> operations.put(role, field));
        }
        listField(queries, "Model" + name + "Connection").ifPresent(field -> operations.put("list", field));
        return Optional.of(new ModelShape(name, fields(model.path("fields")), operations));
    }

    private static Map<String, FieldShape> fields(JsonNode fields) {
        Map<String, FieldShape> shapes = new LinkedHashMap<>();
        for (JsonNode field : fields) {
            JsonNode named = namedType(field.path("type"));
            String name = field.path("name").asText();
            shapes.put(name, new FieldShape(name, named.path("kind").asText(), named.path("name").asText(),
                    typeName(field.path("type")).startsWith("["), null));
        }
        return shapes;
    }

    /**
     * Returns the nested selections of {@code shape}'s custom-type fields by field name, reading each type's
     * {@code __type} answer from {@code types}; fields of model types (relationships) are left out.
     */
    public static Map<String, String> customTypeSelections(ModelShape shape, JsonNode query,
            Function<String, JsonNode> types) {
        Map<String, String> selections = new LinkedHashMap<>();
        for (FieldShape field : shape.fields().values()) {
            if (isCustomType(field.kind(), field.typeName(), query)) {
                selections.put(field.name(), selection(field.typeName(), query, types, new HashSet<>()));
            }
        }
        return selections;
    }

    private static String selection(String typeName, JsonNode query, Function<String, JsonNode> types,
            Set<String> visiting) {
        visiting.add(typeName);
        List<String> selected = new ArrayList<>();
        for (JsonNode field : types.apply(typeName).path("fields")) {
            JsonNode named = namedType(field.path("type"));
            String kind = named.path("kind").asText();
            String nested = named.path("name").asText();
            if (kind.equals("SCALAR") || kind.equals("ENUM")) {
                selected.add(field.path("name").asText());
            } else if (isCustomType(kind, nested, query) && !visiting.contains(nested)) {
                selected.add(field.path("name").asText() + " " + selection(nested, query, types, visiting));
            }
        }
        visiting.remove(typeName);
        return "{ " + String.join(" ", selected) + " }";
    }

    /** A custom type is an object type that is neither a model (it has no {@code get} query) nor a connection. */
    private static boolean isCustomType(String kind, String typeName, JsonNode query) {
        boolean connection = typeName.startsWith("Model") && typeName.endsWith("Connection");
        return kind.equals("OBJECT") && !connection && rootField(query.path("fields"), "get" + typeName).isEmpty();
    }

    private static Optional<RootField> rootField(JsonNode fields, String name) {
        for (JsonNode field : fields) {
            if (field.path("name").asText().equals(name)) {
                return Optional.of(toRootField(field));
            }
        }
        return Optional.empty();
    }

    private static Optional<RootField> listField(JsonNode queries, String connectionType) {
        List<JsonNode> candidates = new ArrayList<>();
        for (JsonNode field : queries) {
            if (namedType(field.path("type")).path("name").asText().equals(connectionType)
                    && !hasRequiredArgument(field)) {
                candidates.add(field);
            }
        }
        return candidates.stream()
                .min(Comparator.comparingInt(field -> field.path("name").asText().length()))
                .map(ModelIntrospection::toRootField);
    }

    private static boolean hasRequiredArgument(JsonNode field) {
        for (JsonNode argument : field.path("args")) {
            if (argument.path("type").path("kind").asText().equals("NON_NULL")) {
                return true;
            }
        }
        return false;
    }

    private static RootField toRootField(JsonNode field) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (JsonNode argument : field.path("args")) {
            arguments.put(argument.path("name").asText(), typeName(argument.path("type")));
        }
        return new RootField(field.path("name").asText(), arguments);
    }

    /** Returns the type as written in a document: {@code ID!}, {@code [String]}, {@code ModelTodoFilterInput}. */
    static String typeName(JsonNode type) {
        switch (type.path("kind").asText()) {
            case "NON_NULL":
                return typeName(type.path("ofType")) + "!";
            case "LIST":
                return "[" + typeName(type.path("ofType")) + "]";
            default:
                return type.path("name").asText();
        }
    }

    private static JsonNode namedType(JsonNode type) {
        JsonNode named = type;
        while (named.path("ofType").isObject()) {
            named = named.path("ofType");
        }
        return named;
    }
}
