package dev.forte.server.e2e;

import static dev.forte.backend.Define.defineData;
import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.backend.AuthorizationMode;
import dev.forte.backend.Backend;
import dev.forte.backend.DataProps;
import dev.forte.data.a;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code .validate(...)} rule, passing and failing, on create and update, over real HTTP on the embedded
 * PostgreSQL, as the validate transformer's {@code Mutation.createProduct.validate.1.req.vtl} answers (see the
 * {@code validation} oracle in forte-transform): the first broken rule fails the mutation with
 * {@code $util.error(message)} and nothing is written.
 */
class FieldValidationTest extends ApiContract {
    private static final String FIELDS = "id name sku code tag quantity level price discount stock note";
    private static final String CREATE = "mutation ($input: CreateItemInput!) { createItem(input: $input) { "
            + FIELDS + " } }";
    private static final String UPDATE = "mutation ($input: UpdateItemInput!) { updateItem(input: $input) { "
            + FIELDS + " } }";
    private static final String GET = "query ($id: ID!) { getItem(id: $id) { " + FIELDS + " } }";
    private static final String COUNT = "query ($note: String!) { listItems(filter: {note: {eq: $note}}) { items { id } } }";
    private static final String CREATE_COUNTER = "mutation ($input: CreateCounterInput!) {"
            + " createCounter(input: $input) { id count } }";

    @Override
    TestDatabase database() {
        return TestDatabase.embedded();
    }

    @Override
    Backend backend() {
        var schema = a.schema(
                        model("Item", a.model(
                                field("name", a.string().required()
                                        .validate(v -> v.minLength(3).maxLength(10, "Name is too long"))),
                                field("sku", a.string().validate(v -> v.startsWith("SKU-").endsWith("-X"))),
                                field("code", a.string().validate(v -> v.matches("^[A-Z]{2}[0-9]+$", "Bad code"))),
                                field("tag", a.string().validate(v -> v.matches("^[a-z]+\\\\d$"))),
                                field("quantity", a.integer().validate(v -> v.positive().lt(1000))),
                                field("level", a.integer().default_(5).validate(v -> v.gte(1).lte(10, "Level is 1 to 10"))),
                                field("price", a.float_().validate(v -> v.gt(0.5).lt(99.99))),
                                field("discount", a.float_().validate(v -> v.negative("Discounts are negative"))),
                                field("stock", a.integer().validate(v -> v.gte(0).lte(500))),
                                field("note", a.string()))),
                        model("Counter", a.model(
                                field("count", a.integer().default_(0).validate(v -> v.positive())))))
                .authorization(allow -> List.of(allow.publicApiKey()));
        return Backend.of(defineData(DataProps.builder(schema).authorizationModes(AuthorizationMode.API_KEY, 30)
                .build()));
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("name", "Anvil", "ab", "Field name of type Item must have a minimum length of 3"),
                Arguments.of("name", "Anvil-Pro", "Anvil-Pro-X", "Name is too long"),
                Arguments.of("sku", "SKU-1-X", "ABC-1-X", "Field sku of type Item must start with SKU-"),
                Arguments.of("sku", "SKU-1-X", "SKU-1", "Field sku of type Item must end with -X"),
                Arguments.of("code", "AB12", "ab12", "Bad code"),
                Arguments.of("tag", "abc7", "abc", "Field tag of type Item must match ^[a-z]+\\d$"),
                Arguments.of("quantity", 1, 0, "Field quantity of type Item must be greater than 0"),
                Arguments.of("quantity", 999, 1000, "Field quantity of type Item must be less than 1000"),
                Arguments.of("level", 1, 0, "Field level of type Item must be greater than or equal to 1"),
                Arguments.of("level", 10, 11, "Level is 1 to 10"),
                Arguments.of("price", 0.51, 0.5, "Field price of type Item must be greater than 0.5"),
                Arguments.of("price", 99.98, 99.99, "Field price of type Item must be less than 99.99"),
                Arguments.of("discount", -0.01, 0, "Discounts are negative"),
                Arguments.of("stock", 0, -1, "Field stock of type Item must be greater than or equal to 0"),
                Arguments.of("stock", 500, 501, "Field stock of type Item must be less than or equal to 500"));
    }

    @ParameterizedTest(name = "{0}: {1} passes, {2} fails")
    @MethodSource("rules")
    void createChecksTheRuleAndWritesNothingWhenItFails(String field, Object good, Object bad, String message)
            throws Exception {
        String note = "create-" + field + "-" + bad;

        JsonNode refused = api.graphql(CREATE, vars(input(note, field, bad)));
        JsonNode created = api.graphql(CREATE, vars(input(note, field, good)));

        assertValidationError(refused, "createItem", message);
        assertThat(created.has("errors")).as(created.toString()).isFalse();
        assertThat(created.path("data").path("createItem").path(field).asText()).isEqualTo(String.valueOf(good));
        JsonNode stored = api.graphql(COUNT, Map.of("note", note));
        assertThat(stored.path("data").path("listItems").path("items")).as(stored.toString()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: {1} passes, {2} fails")
    @MethodSource("rules")
    void updateChecksTheRuleAndKeepsTheStoredValueWhenItFails(String field, Object good, Object bad, String message)
            throws Exception {
        String id = createItem(Map.of("name", "Start", "note", "update-" + field));
        Map<String, @Nullable Object> badUpdate = Map.of("id", id, field, bad);
        Map<String, @Nullable Object> goodUpdate = Map.of("id", id, field, good);

        JsonNode refused = api.graphql(UPDATE, vars(badUpdate));
        JsonNode afterRefusal = api.graphql(GET, Map.of("id", id)).path("data").path("getItem");
        JsonNode updated = api.graphql(UPDATE, vars(goodUpdate));

        assertValidationError(refused, "updateItem", message);
        assertThat(afterRefusal.path(field).asText()).isEqualTo(field.equals("name") ? "Start"
                : field.equals("level") ? "5" : "null");
        assertThat(updated.has("errors")).as(updated.toString()).isFalse();
        assertThat(updated.path("data").path("updateItem").path(field).asText()).isEqualTo(String.valueOf(good));
    }

    @Test
    void updateChecksOnlyTheFieldsItSetsAndSkipsNulls() throws Exception {
        String id = createItem(Map.of("name", "Plain"));
        Map<String, @Nullable Object> input = new HashMap<>();
        input.put("id", id);
        input.put("sku", null);
        input.put("note", "x");

        JsonNode updated = api.graphql(UPDATE, vars(input));

        assertThat(updated.has("errors")).as(updated.toString()).isFalse();
        assertThat(updated.path("data").path("updateItem").path("note").asText()).isEqualTo("x");
    }

    @Test
    void theFirstBrokenRuleInSchemaOrderIsTheOnlyError() throws Exception {
        JsonNode refused = api.graphql(CREATE, vars(Map.of("name", "no", "stock", 501, "quantity", 0)));

        assertValidationError(refused, "createItem", "Field name of type Item must have a minimum length of 3");
        assertThat(refused.path("errors")).hasSize(1);
    }

    /** AppSync sets {@code .default(...)} values in the {@code init} slot, so a default is checked like an input. */
    @Test
    void aDefaultThatBreaksTheFieldsRuleFailsEveryCreateThatOmitsIt() throws Exception {
        JsonNode omitted = api.graphql(CREATE_COUNTER, vars(Map.of()));
        JsonNode given = api.graphql(CREATE_COUNTER, vars(Map.of("count", 2)));

        assertValidationError(omitted, "createCounter", "Field count of type Counter must be greater than 0");
        assertThat(given.path("data").path("createCounter").path("count").asInt()).isEqualTo(2);
    }

    private String createItem(Map<String, Object> input) throws Exception {
        JsonNode created = api.graphql(CREATE, vars(input));
        assertThat(created.has("errors")).as(created.toString()).isFalse();
        return created.path("data").path("createItem").path("id").asText();
    }

    private static Map<String, Object> input(String note, String field, Object value) {
        Map<String, Object> input = new HashMap<>(Map.of("name", "Anvil", "note", note));
        input.put(field, value);
        return input;
    }

    private static Map<String, @Nullable Object> vars(Map<String, ?> input) {
        return Map.of("input", input);
    }

    private static void assertValidationError(JsonNode body, String mutation, String message) {
        assertThat(body.path("data").path(mutation).isNull()).as(body.toString()).isTrue();
        JsonNode error = body.path("errors").get(0);
        assertThat(fieldNames(error)).containsExactly("path", "data", "errorType", "errorInfo", "locations", "message");
        assertThat(error.path("message").asText()).isEqualTo(message);
        assertThat(error.path("path").toString()).isEqualTo("[\"" + mutation + "\"]");
        assertThat(error.path("errorType").isNull()).isTrue();
        assertThat(error.path("data").isNull()).isTrue();
    }
}
