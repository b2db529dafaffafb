package dev.forte.server.e2e;

import static dev.forte.data.a.field;
import static dev.forte.data.a.model;
import static dev.forte.server.e2e.UserPoolApi.JSON;
import static dev.forte.server.e2e.UserPoolApi.assertUnauthorizedError;
import static dev.forte.server.e2e.UserPoolApi.data;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.forte.data.FieldEntry;
import dev.forte.data.ModelType;
import dev.forte.data.a;
import dev.forte.schema.ModelOperation;
import dev.forte.server.ForteServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A field whose rules add a role the model's rules lack ({@code Employee}: {@code allow.owner()}; {@code salary}:
 * {@code allow.group("HR")}), answered as the resolvers Amplify generates for it
 * (forte-server/src/test/resources/conformance/field-role-beyond-model-rules): the added role passes the model's
 * query, list and subscription auth ({@code Query.getEmployee.auth.1.req.vtl} lists the static group HR), and every
 * other declared field gets a field auth check of the model's roles ({@code Employee.name.req.vtl}: owner only), so
 * an HR member who does not own the record reads {@code name}, {@code tags} and {@code address} as null with
 * {@code Unauthorized} on each; {@code id}, {@code owner} and the timestamps have no check. Inside a mutation's
 * result those fields are null for everyone when the model has subscriptions ({@code Employee.name.res.vtl}), so
 * that is what subscribers receive.
 */
class FieldRoleBeyondModelRulesTest {
    private static final String FIELDS = "{ id owner name tags address { city } salary createdAt }";
    private static final String GET = "query($id: ID!) { getEmployee(id: $id) " + FIELDS + " }";
    private static final String LIST = "query { listEmployees { items " + FIELDS + " } }";
    private static final String CREATE =
            "mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) " + FIELDS + " }";
    private static final String UPDATE =
            "mutation($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { id } }";
    private static final String CREATE_UNCHECKED_SALARY = "mutation($input: CreateEmployeeInput!) { "
            + "createEmployee(input: $input) { id owner name tags address { city } } }";
    private static final String CREATE_QUIET =
            "mutation($input: CreateQuietEmployeeInput!) { createQuietEmployee(input: $input) { id name tags } }";
    private static final Map<String, Object> ADA = Map.of("name", "Ada", "tags", List.of("math"),
            "address", Map.of("street", "1 Loop", "city", "London"));

    @TempDir
    static Path dataDirectory;
    private static ForteServer server;
    private static UserPoolApi api;

    @BeforeAll
    static void startServer() {
        var schema = a.schema(
                a.customType("Address", a.customType(field("street", a.string()), field("city", a.string()))),
                model("Employee", employee(field("reviews", a.hasMany("Review", "employeeId")))
                        .authorization(allow -> List.of(allow.owner()))),
                model("Review", a.model(field("text", a.string()), field("employeeId", a.id()),
                                field("employee", a.belongsTo("Employee", "employeeId")))
                        .authorization(allow -> List.of(allow.owner(), allow.group("HR")))),
                model("QuietEmployee", employee().authorization(allow -> List.of(allow.owner()))
                        .disableOperations(ModelOperation.SUBSCRIPTIONS)));
        server = UserPoolApi.serve(schema, dataDirectory);
        api = new UserPoolApi(server);
    }

    private static ModelType employee(FieldEntry... more) {
        List<FieldEntry> fields = new ArrayList<>(List.of(field("name", a.string()),
                field("tags", a.string().array()), field("address", a.ref("Address")),
                field("salary", a.float_().authorization(allow -> List.of(allow.group("HR"))))));
        fields.addAll(List.of(more));
        return a.model(fields.toArray(FieldEntry[]::new));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAddedRoleGetsTheRecordWithTheModelsFieldsUnauthorized() throws Exception {
        String id = create("alice");

        JsonNode body = JSON.readTree(api.call(api.token("hal", "HR"), GET, Map.of("id", id)).body());

        JsonNode employee = body.path("data").path("getEmployee");
        assertThat(employee.path("id").asText()).isEqualTo(id);
        assertThat(employee.path("owner").asText()).isEqualTo("alice");
        assertThat(employee.path("createdAt").asText()).isNotEmpty();
        assertThat(List.of(employee.path("name"), employee.path("tags"), employee.path("address"),
                employee.path("salary"))).allMatch(JsonNode::isNull);
        assertThat(errors(body)).containsExactlyInAnyOrder(
                "Unauthorized: Not Authorized to access name on type Employee at [getEmployee, name]",
                "Unauthorized: Not Authorized to access tags on type Employee at [getEmployee, tags]",
                "Unauthorized: Not Authorized to access address on type Employee at [getEmployee, address]");
    }

    @Test
    void theAddedRoleListsEveryonesRecords() throws Exception {
        String alices = create("alice");
        String bobs = create("bob");

        JsonNode body = JSON.readTree(api.call(api.token("hal", "HR"), LIST, Map.of()).body());

        JsonNode items = body.path("data").path("listEmployees").path("items");
        assertThat(items.findValuesAsText("id")).contains(alices, bobs);
        assertThat(items.findValues("name")).allMatch(JsonNode::isNull);
        assertThat(errors(body)).contains("Unauthorized: Not Authorized to access name on type Employee at "
                + "[listEmployees, items, 0, name]");
    }

    @Test
    void theOwnerReadsTheModelsFieldsButNotTheAddedOnes() throws Exception {
        String id = create("alice");

        JsonNode body = assertUnauthorizedError(api.call(api.token("alice"), GET, Map.of("id", id)),
                "Not Authorized to access salary on type Employee");

        assertThat(body.path("data").path("getEmployee").path("name").asText()).isEqualTo("Ada");
        assertThat(body.path("data").path("getEmployee").path("address").path("city").asText()).isEqualTo("London");
        assertThat(body.path("errors")).hasSize(1);
    }

    @Test
    void aCallerOfNeitherRoleIsRefusedTheRecord() throws Exception {
        String id = create("alice");

        JsonNode body = assertUnauthorizedError(api.call(api.token("mallory"), GET, Map.of("id", id)),
                "Not Authorized to access getEmployee on type Query");

        assertThat(body.path("data").path("getEmployee").isNull()).isTrue();
    }

    /**
     * {@code with-relationship/Employee.reviews.auth.1.req.vtl}: a relationship field of the model is checked like its
     * other fields, so HR, who may read every review, gets {@code reviews} of another's record as Unauthorized.
     */
    @Test
    void theModelsRelationshipFieldsAreCheckedForTheModelsRolesToo() throws Exception {
        String id = create("alice");
        String review = "mutation($input: CreateReviewInput!) { createReview(input: $input) { id } }";
        data(api.call(api.token("alice"), review, Map.of("input", Map.of("text", "great", "employeeId", id))),
                "createReview");
        String reviews = "query($id: ID!) { getEmployee(id: $id) { id reviews { items { text } } } }";

        JsonNode asHr = assertUnauthorizedError(api.call(api.token("hal", "HR"), reviews, Map.of("id", id)),
                "Not Authorized to access reviews on type Employee");
        JsonNode asOwner = data(api.call(api.token("alice"), reviews, Map.of("id", id)), "getEmployee");

        assertThat(asHr.path("data").path("getEmployee").path("id").asText()).isEqualTo(id);
        assertThat(asHr.path("data").path("getEmployee").path("reviews").isNull()).isTrue();
        assertThat(asOwner.path("reviews").path("items").findValuesAsText("text")).containsExactly("great");
    }

    /** {@code Employee.name.res.vtl}: a mutation's result holds every checked field as null, even for the owner. */
    @Test
    void aMutationsResultHoldsTheCheckedFieldsAsNullWhenTheModelHasSubscriptions() throws Exception {
        JsonNode created = data(api.call(api.token("alice"), CREATE_UNCHECKED_SALARY, Map.of("input", ADA)),
                "createEmployee");
        JsonNode quiet = data(api.call(api.token("alice"), CREATE_QUIET,
                Map.of("input", Map.of("name", "Ada", "tags", List.of("math")))), "createQuietEmployee");

        assertThat(created.path("owner").asText()).isEqualTo("alice");
        assertThat(List.of(created.path("name"), created.path("tags"), created.path("address")))
                .allMatch(JsonNode::isNull);
        assertThat(quiet.path("name").asText()).isEqualTo("Ada");
        assertThat(quiet.path("tags").get(0).asText()).isEqualTo("math");
    }

    /** Subscribers get what the mutation returned: the added role receives every record, its checked fields null. */
    @Test
    void theAddedRoleSubscribesToEveryonesRecordsAndReceivesTheCheckedFieldsAsNull() throws Exception {
        String subscription = "subscription { onCreateEmployee { id owner name tags address { city } salary } }";
        try (RealtimeTestClient hr = RealtimeFixture.subscribedWithToken(server, api.token("hal", "HR"),
                subscription);
                RealtimeTestClient owner = RealtimeFixture.subscribedWithToken(server, api.token("alice"),
                        subscription)) {
            String id = create("alice");

            for (RealtimeTestClient socket : List.of(hr, owner)) {
                JsonNode payload = socket.nextOfType("data").path("payload");
                JsonNode employee = payload.path("data").path("onCreateEmployee");
                assertThat(employee.path("id").asText()).isEqualTo(id);
                assertThat(employee.path("owner").asText()).isEqualTo("alice");
                assertThat(List.of(employee.path("name"), employee.path("tags"), employee.path("address"),
                        employee.path("salary"))).allMatch(JsonNode::isNull);
                assertThat(payload.has("errors")).as(payload.toString()).isFalse();
            }
        }
    }

    /**
     * {@code Mutation.updateEmployee.auth.1.res.vtl}: HR may update {@code salary} (and the key) of any record, the
     * owner the model's fields of its own; each is refused the other's fields with {@code Unauthorized on [...]}.
     */
    @Test
    void eachRoleUpdatesOnlyTheFieldsItsRulesGiveIt() throws Exception {
        String id = create("alice");
        String hal = api.token("hal", "HR");

        JsonNode raised = data(api.call(hal, UPDATE, Map.of("input", Map.of("id", id, "salary", 90.5))),
                "updateEmployee");
        assertUnauthorizedError(api.call(hal, UPDATE, Map.of("input", Map.of("id", id, "name", "Eve"))),
                "Unauthorized on [name]");
        assertUnauthorizedError(api.call(api.token("alice"), UPDATE, Map.of("input", Map.of("id", id, "salary", 1e6))),
                "Unauthorized on [salary]");
        JsonNode renamed = data(api.call(api.token("alice"), UPDATE,
                Map.of("input", Map.of("id", id, "name", "Ada L."))), "updateEmployee");

        assertThat(raised.path("id").asText()).isEqualTo(id);
        assertThat(renamed.path("id").asText()).isEqualTo(id);
        JsonNode read = JSON.readTree(api.call(hal, GET, Map.of("id", id)).body()).path("data").path("getEmployee");
        assertThat(read.path("salary").asDouble()).isEqualTo(90.5);
        JsonNode own = JSON.readTree(api.call(api.token("alice"), GET, Map.of("id", id)).body());
        assertThat(own.path("data").path("getEmployee").path("name").asText()).isEqualTo("Ada L.");
    }

    /**
     * {@code Mutation.createEmployee.auth.1.req.vtl}: the {@code id} is in no role's {@code allowedFields}, so only a
     * role that may create every field may choose it; here none may.
     */
    @Test
    void aCreateMayNotChooseTheIdWithoutARoleForEveryField() throws Exception {
        String chosen = "mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }";

        assertUnauthorizedError(api.call(api.token("alice"), chosen,
                Map.of("input", Map.of("id", "emp-1", "name", "Ada"))), "Unauthorized on [id]");
        assertUnauthorizedError(api.call(api.token("hal", "HR"), chosen,
                Map.of("input", Map.of("id", "emp-2", "salary", 1.5))), "Unauthorized on [id]");
    }

    /**
     * {@code Mutation.deleteEmployee.auth.1.res.vtl} admits no user-pool caller: a delete needs a role that may delete
     * every field, and neither the owner (not {@code salary}) nor HR (only {@code salary}) may.
     */
    @Test
    void noRoleThatMayNotDeleteEveryFieldDeletesTheRecord() throws Exception {
        String id = create("alice");
        String delete = "mutation($input: DeleteEmployeeInput!) { deleteEmployee(input: $input) { id } }";

        assertUnauthorizedError(api.call(api.token("alice"), delete, Map.of("input", Map.of("id", id))),
                "Not Authorized to access deleteEmployee on type Mutation");
        assertUnauthorizedError(api.call(api.token("hal", "HR"), delete, Map.of("input", Map.of("id", id))),
                "Not Authorized to access deleteEmployee on type Mutation");
        assertThat(JSON.readTree(api.call(api.token("alice"), GET, Map.of("id", id)).body())
                .path("data").path("getEmployee").path("id").asText()).isEqualTo(id);
    }

    private static String create(String user) throws Exception {
        HttpResponse<String> response = api.call(api.token(user), CREATE, Map.of("input", ADA));
        return JSON.readTree(response.body()).path("data").path("createEmployee").path("id").asText();
    }

    private static List<String> errors(JsonNode body) {
        List<String> errors = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            List<String> path = new ArrayList<>();
            error.path("path").forEach(step -> path.add(step.asText()));
            errors.add(error.path("errorType").asText() + ": " + error.path("message").asText() + " at " + path);
        }
        return errors;
    }
}
